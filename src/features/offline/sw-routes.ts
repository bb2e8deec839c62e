/**
 * How the service worker (src/sw.ts) treats each request, as a pure function so it can be
 * unit tested. No DOM or WebWorker types here: the app and the worker both compile it.
 *
 * - `app-shell`: a navigation, answered with the precached index.html (SPA fallback).
 * - `bundle-meta`: manifest.json, the one bundle file whose name never changes — network
 *   first, cached fallback.
 * - `bundle-file`: meta/, facets/, timeline/, stocks/ files, named by their content hash —
 *   cache first: a name never comes back with other content.
 * - `search-file`: search/ files (the index's shards, lists, positions and id pages),
 *   named by their segment's hash — cache first, in a cache of their own so that
 *   searching never evicts the list pages that make the lists work offline.
 * - `article`: articles/<id>.json?v=<rev> — cache first, capped (the URL names the content).
 * - `article-latest`: articles/<id>.json without a rev (a shared link, the bookmark check)
 *   — network first, revalidated; offline, any cached version of the article.
 * - `image`: same-origin /images/** and every cross-origin image — cache first, capped.
 * - `network`: everything else (report.json, other hosts' non-images, non-GET): left to the browser.
 */
export type RequestKind = 'app-shell' | 'bundle-meta' | 'bundle-file' | 'search-file' | 'article' | 'article-latest' | 'image' | 'network';

export interface RequestInfo {
  readonly url: URL;
  readonly method: string;
  /** Request.mode: "navigate" for page loads. */
  readonly mode: string;
  /** Request.destination: "image" for <img>, "" for fetch(). */
  readonly destination: string;
}

const META_FILE = /^manifest\.json$/;
const HASHED_FILE = /^(?:meta|facets|timeline|stocks)\/[a-z0-9]{8,64}\.json$/;
const SEARCH_FILE = /^search\/[a-z0-9]{8,64}-[a-z0-9-]{1,24}\.json$/;
const ARTICLE_FILE = /^articles\/[^/]+\.json$/;

/**
 * @param origin the worker's origin (self.location.origin)
 * @param scopePath the registration scope's path, i.e. Vite's base: "/" or "/reader/"
 */
export function classifyRequest(request: RequestInfo, origin: string, scopePath: string): RequestKind {
  if (request.method !== 'GET') return 'network';
  const { url } = request;
  const sameOrigin = url.origin === origin;

  if (!sameOrigin) return request.destination === 'image' ? 'image' : 'network';
  if (!url.pathname.startsWith(scopePath)) return 'network';

  const path = url.pathname.slice(scopePath.length);
  if (path.startsWith('data/')) {
    const file = path.slice('data/'.length);
    if (META_FILE.test(file)) return 'bundle-meta';
    if (HASHED_FILE.test(file)) return 'bundle-file';
    if (SEARCH_FILE.test(file)) return 'search-file';
    if (ARTICLE_FILE.test(file)) return url.searchParams.has('v') ? 'article' : 'article-latest';
    return 'network';
  }
  if (path.startsWith('images/')) return 'image';
  if (request.mode === 'navigate') return 'app-shell';
  return 'network';
}
