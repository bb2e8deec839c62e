/**
 * 读财's service worker, built by vite-plugin-pwa (injectManifest) into dist/sw.js.
 *
 * - The app shell (built JS, CSS, index.html, icons, web manifest) is precached; every
 *   navigation inside the scope, except to bundle files and images, gets index.html, so
 *   /, /bookmarks and /articles/<id> open with no network.
 * - Bundle files: manifest.json network first (3 s), cached fallback; the content-addressed
 *   files (meta/, facets/, timeline/, stocks/) cache first, at most 2,000; articles cache
 *   first when the URL names their rev (at most 500), else network first with any cached
 *   version as the offline fallback; search/ files (the index) cache first in a cache of
 *   their own (at most 1,000), so searching never evicts the lists' files; images
 *   (same-origin /images/** and every cross-origin image, opaque ones included) cache
 *   first in CACHE_NAMES.images.
 *   Anything else goes to the network untouched.
 * - Updates wait: the page shows 有新版本 and sends SKIP_WAITING when the reader agrees.
 *   IndexedDB and localStorage are never touched; on activate only caches named ducai-*
 *   that CACHE_NAMES no longer lists are deleted.
 *
 * Which request goes where is decided by src/features/offline/sw-routes.ts (unit tested).
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { CacheExpiration, ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

import { classifyRequest, type RequestKind } from './features/offline/sw-routes';
import { CACHE_NAMES } from './lib/cache-names';

declare const self: ServiceWorkerGlobalScope & {
  /** Replaced at build time by the precache manifest (URLs relative to the worker). */
  readonly __WB_MANIFEST: ReadonlyArray<PrecacheEntry | string>;
};

const ARTICLE_LIMIT = 500;
/** At 100 articles a page, enough for 200,000 articles of lists scrolled through. */
const BUNDLE_FILE_LIMIT = 2000;
/** A query touches a handful of shards and id pages: the searches of many days. */
const SEARCH_FILE_LIMIT = 1000;
/** Opaque responses weigh several MB each in Chrome's quota accounting, so images stay fewer. */
const IMAGE_LIMIT = 200;
const META_NETWORK_TIMEOUT_SECONDS = 3;

const scopePath = new URL(self.registration.scope).pathname;

function routeFor(kind: RequestKind) {
  return ({ url, request }: { url: URL; request: Request }) =>
    classifyRequest({ url, method: request.method, mode: request.mode, destination: request.destination }, self.location.origin, scopePath) === kind;
}

// --- App shell -----------------------------------------------------------------------

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(routeFor('app-shell'), createHandlerBoundToURL('index.html'));

// --- Bundle ------------------------------------------------------------------------------

registerRoute(
  routeFor('bundle-meta'),
  new NetworkFirst({
    cacheName: CACHE_NAMES.bundleMeta,
    networkTimeoutSeconds: META_NETWORK_TIMEOUT_SECONDS,
    plugins: [new CacheableResponsePlugin({ statuses: [200] })],
  }),
);

registerRoute(
  routeFor('bundle-file'),
  new CacheFirst({
    cacheName: CACHE_NAMES.bundleFiles,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: BUNDLE_FILE_LIMIT, purgeOnQuotaError: true })],
  }),
);

registerRoute(
  routeFor('search-file'),
  new CacheFirst({
    cacheName: CACHE_NAMES.searchFiles,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: SEARCH_FILE_LIMIT, purgeOnQuotaError: true })],
  }),
);

/**
 * Article URLs from lists carry the article's rev (?v=…): a new rev is a new URL, so
 * cache first is always right. Offline, an older cached version of the same article
 * beats no article, for both kinds of article request.
 */
const anyCachedVersion: WorkboxPlugin = {
  handlerDidError: async ({ request }) => (await (await caches.open(CACHE_NAMES.articles)).match(request, { ignoreSearch: true })) ?? undefined,
};

registerRoute(
  routeFor('article'),
  new CacheFirst({
    cacheName: CACHE_NAMES.articles,
    plugins: [anyCachedVersion, new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: ARTICLE_LIMIT, purgeOnQuotaError: true })],
  }),
);

registerRoute(
  routeFor('article-latest'),
  new NetworkFirst({
    cacheName: CACHE_NAMES.articles,
    networkTimeoutSeconds: META_NETWORK_TIMEOUT_SECONDS,
    plugins: [anyCachedVersion, new CacheableResponsePlugin({ statuses: [200] })],
  }),
);

// --- Images ------------------------------------------------------------------------------

/**
 * Caps the images this worker stores, oldest stored first. Unlike ExpirationPlugin it only
 * counts what the worker itself wrote: the bookmarks feature puts the images of bookmarked
 * articles in the same cache, and those must not be evicted (or purged on a quota error).
 */
const imageExpiration = new CacheExpiration(CACHE_NAMES.images, { maxEntries: IMAGE_LIMIT });
const capStoredImages: WorkboxPlugin = {
  cacheDidUpdate: async ({ request }) => {
    await imageExpiration.updateTimestamp(request.url);
    await imageExpiration.expireEntries();
  },
};

registerRoute(
  routeFor('image'),
  new CacheFirst({
    cacheName: CACHE_NAMES.images,
    // 0: opaque answers of hosts such as n.sinaimg.cn, which send no CORS headers.
    plugins: [new CacheableResponsePlugin({ statuses: [0, 200] }), capStoredImages],
  }),
);

// Everything else (report.json, other hosts, non-GET) has no route: the browser fetches it.

// --- Lifecycle ----------------------------------------------------------------------------

/** Deletes caches of ours that the current CACHE_NAMES no longer lists (an old -vN). */
async function deleteRetiredCaches(): Promise<void> {
  const current = new Set<string>(Object.values(CACHE_NAMES));
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith('ducai-') && !current.has(name)).map((name) => caches.delete(name)));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(deleteRetiredCaches());
});

// The first install takes over the open page at once, so what it reads is cached.
clientsClaim();

// An update waits until the reader clicks 重新加载 (workbox-window's messageSkipWaiting).
self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});
