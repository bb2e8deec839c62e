import type { Article } from '../../shared/bundle-types';
import { isSafeUrl } from '../../shared/html-policy';

/**
 * The article on its source site, when its file names one that may be opened: an
 * absolute http(s) URL that passes the one URL rule (canonical: a look-alike host shows
 * in punycode). The file is data, so it is checked here again whatever the ingest did.
 */
export function originalUrlOf(article: Partial<Pick<Article, 'sourceUrl'>>): string | null {
  const url = article.sourceUrl;
  return typeof url === 'string' && /^https?:\/\//i.test(url) && isSafeUrl(url, 'link') ? url : null;
}
