import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';

import { queryClient } from '../../lib/query-client';
import { serviceWorkerScriptUrl } from '../../lib/trusted-types';

/**
 * Registers the service worker (production builds only, where the browser has them) and
 * tracks whether a newer version is ready. A new deployment installs in the background
 * and waits; the page offers 有新版本 and, when the reader agrees, tells the waiting worker
 * to take over and reloads. Only the app's code changes: IndexedDB, localStorage and the
 * data caches are left as they are.
 *
 * Not vite-plugin-pwa's useRegisterSW: its register module hands workbox-window the
 * worker's URL as a string, which the CSP's `require-trusted-types-for 'script'` refuses
 * at serviceWorker.register() unless a permissive default policy is added. Here the URL
 * comes from the app's one Trusted Types policy (src/lib/trusted-types.ts).
 */

export type UpdateState = 'none' | 'available' | 'reloading';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** If the new worker never takes over (another tab holds it?), reload anyway after this. */
const TAKEOVER_TIMEOUT_MS = 3000;

/**
 * Whether a newer version waits, held by the query client like the rest of the client
 * state: a query never fetched (initialData), written by the worker's events below. The
 * module keeps only the platform's objects (the registration) and the once-per-page flags.
 */
function updateStateQueryOptions() {
  return queryOptions({
    queryKey: ['app', 'service-worker-update'],
    queryFn: (): UpdateState => 'none',
    initialData: (): UpdateState => 'none',
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

const updateState = (): UpdateState => queryClient.getQueryData(updateStateQueryOptions().queryKey) ?? 'none';
const setState = (next: UpdateState) => queryClient.setQueryData(updateStateQueryOptions().queryKey, next);

let registration: ServiceWorkerRegistration | null = null;
let started = false;
let reloadOnTakeover = false;

function markUpdateAvailable(): void {
  if (updateState() === 'none') setState('available');
}

/** A worker that finished installing while another controls the page is an update. */
function watchInstalling(worker: ServiceWorker | null): void {
  worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) markUpdateAvailable();
  });
}

/** Starts the service worker once per page; a no-op on the dev server and without support. */
export function startServiceWorker(): void {
  if (started) return;
  started = true;
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void register().catch(() => {
    // No worker (private mode, blocked by policy…): the app still works online.
  });
}

async function register(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const { Workbox } = await import('workbox-window');
  // Under the CSP's Trusted Types, register() takes only the policy's URL (src/lib/trusted-types.ts).
  const wb = new Workbox(serviceWorkerScriptUrl(`${base}sw.js`), { scope: base });

  // Waiting before this page registered, or installed by this page's update check.
  wb.addEventListener('waiting', () => {
    if (navigator.serviceWorker.controller) markUpdateAvailable();
  });

  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadOnTakeover) window.location.reload();
    // Another tab let a new version take over: this page runs old code under it.
    else if (controlled) markUpdateAvailable();
    // The first worker just took over this page: have it cache what the page already read.
    else cacheWhatWasLoaded(base);
    controlled = true;
  });

  const registered = await wb.register();
  if (!registered) return;
  registration = registered;
  if (registered.waiting && navigator.serviceWorker.controller) markUpdateAvailable();
  watchInstalling(registered.installing);
  registered.addEventListener('updatefound', () => watchInstalling(registered.installing));

  // Browsers check on navigation; a tab left open checks hourly and when shown again.
  const check = () => void registered.update().catch(() => {});
  window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

/**
 * The bundle files and images this page fetched before the first worker controlled it
 * went past the worker; it fetches them again through its routes (workbox-routing's
 * CACHE_URLS message), so the first visit is readable offline too.
 */
function cacheWhatWasLoaded(base: string): void {
  const scope = new URL(base, window.location.href).href;
  const urlsToCache = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${scope}data/`) || url.startsWith(`${scope}images/`));
  if (urlsToCache.length > 0) {
    navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
  }
}

/** Lets the waiting worker take over, then reloads the page into the new version. */
export function applyUpdate(): void {
  setState('reloading');
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  reloadOnTakeover = true;
  waiting.postMessage({ type: 'SKIP_WAITING' });
  window.setTimeout(() => window.location.reload(), TAKEOVER_TIMEOUT_MS);
}

/** Hides the offer until the next page load (the new version still waits). */
export function dismissUpdate(): void {
  if (updateState() === 'available') setState('none');
}

/** Registers the worker on first use and returns whether a new version is ready. */
export function useServiceWorkerUpdate(): UpdateState {
  useEffect(startServiceWorker, []);
  return useQuery(updateStateQueryOptions(), queryClient).data;
}
