/**
 * Names of the Cache Storage caches, shared by the app and the service worker (both
 * are browser code). Bump a name's version to start that cache afresh on the next
 * deployment; the service worker deletes caches of names it no longer knows.
 */
export const CACHE_NAMES = Object.freeze({
  /** manifest.json, index.json, meta pages: network first, cached fallback. */
  bundleMeta: 'ducai-bundle-meta-v1',
  /** articles/<id>.json: cache first (an article file changes only with its rev). */
  articles: 'ducai-articles-v1',
  /** Images of articles, including cross-origin (opaque) ones of bookmarked articles. */
  images: 'ducai-images-v1',
});
