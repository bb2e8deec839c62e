/**
 * How the service worker (src/sw.ts) treats each request, as a pure function so it can be
 * unit tested. No DOM or WebWorker types here: the app and the worker both compile it.
 *
 * - `app-shell`: a navigation, answered with the precached index.html (SPA fallback).
 * - `bundle-meta`: manifest.json, index.json, meta/page-NNNN.json — network first, cached fallback.
 * - `article`: articles/<id>.json — cache first, capped.
 * - `image`: same-origin /images/** and every cross-origin image — cache first, capped.
 * - `network`: everything else (report.json, other hosts' non-images, non-GET): left to the browser.
 */
export type RequestKind = 'app-shell' | 'bundle-meta' | 'article' | 'image' | 'network';

export interface RequestInfo {
  readonly url: URL;
  readonly method: string;
  /** Request.mode: "navigate" for page loads. */
  readonly mode: string;
  /** Request.destination: "image" for <img>, "" for fetch(). */
  readonly destination: string;
}

const META_FILE = /^(?:manifest\.json|index\.json|meta\/page-\d+\.json)$/;
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
    if (ARTICLE_FILE.test(file)) return 'article';
    return 'network';
  }
  if (path.startsWith('images/')) return 'image';
  if (request.mode === 'navigate') return 'app-shell';
  return 'network';
}
