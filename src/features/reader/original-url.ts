import type { Article } from '../../shared/bundle-types';
import { isSafeUrl } from '../../shared/html-policy';

/**
 * The article on its source site, when its file names one that may be opened: an
 * absolute http(s) URL that passes the bundle's URL policy. The file is data, so it is
 * checked here again whatever the ingest did.
 */
export function originalUrlOf(article: Partial<Pick<Article, 'sourceUrl'>>): string | null {
  const url = article.sourceUrl;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url) || !isSafeUrl(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
