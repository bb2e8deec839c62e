/**
 * Names of the Cache Storage caches, shared by the app and the service worker (both
 * are browser code). Bump a name's version to start that cache afresh on the next
 * deployment; the service worker deletes caches of names it no longer knows.
 */
export const CACHE_NAMES = Object.freeze({
  /** manifest.json: network first, cached fallback. */
  bundleMeta: 'ducai-bundle-meta-v2',
  /** Content-addressed bundle files (meta/, facets/, timeline/, stocks/): cache first, forever. */
  bundleFiles: 'ducai-bundle-files-v1',
  /** The search index's files (search/): cache first, forever, capped apart from the lists' files. */
  searchFiles: 'ducai-search-files-v1',
  /** articles/<id>.json: cache first when the URL names its rev, else network first. */
  articles: 'ducai-articles-v2',
  /** Images of articles, including cross-origin (opaque) ones of bookmarked articles. */
  images: 'ducai-images-v1',
});
