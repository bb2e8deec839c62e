import { CACHE_NAMES } from '../../lib/cache-names';
import type { ArticleContent } from '../../shared/bundle-types';
import { isSafeUrl } from '../../shared/html-policy';

const CONCURRENCY = 4;

/** Every image of an article worth keeping offline: the head image, then the body's, once each, those the URL rule allows. */
export function imageUrlsOf(article: Pick<ArticleContent, 'headImage' | 'images'>): string[] {
  return [...new Set([article.headImage, ...article.images].filter((url): url is string => typeof url === 'string' && isSafeUrl(url, 'image')))];
}

/**
 * Puts a bookmarked article's images into the Cache Storage cache the service worker
 * serves images from (CACHE_NAMES.images), so they show offline. Cross-origin images
 * are fetched `no-cors` (opaque responses are fine for <img>) without a referrer, as the
 * reader's <img> does. Best effort: never throws; resolves with the number newly cached.
 */
export async function cacheArticleImages(article: Pick<ArticleContent, 'headImage' | 'images'>): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  let cache: Cache;
  try {
    cache = await caches.open(CACHE_NAMES.images);
  } catch {
    return 0;
  }
  const queue = imageUrlsOf(article);
  let cached = 0;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const request = new Request(new URL(url, document.baseURI).href, { mode: 'no-cors', referrerPolicy: 'no-referrer' });
        if (await cache.match(request)) continue;
        const response = await fetch(request);
        // Opaque responses have status 0; a same-origin image must have loaded.
        if (response.type !== 'opaque' && !response.ok) continue;
        await cache.put(request, response);
        cached++;
      } catch {
        // Offline, blocked, quota: the bookmark stands without this image.
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return cached;
}
