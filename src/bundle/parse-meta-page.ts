import type { MetaPage } from '../shared/bundle-types';
import { count, invalid, list, object } from '../lib/check-json';
import { checkArticleMeta } from './bundle-checks';

/** More than any page holds (main pages hold the manifest's pageSize, at most 10,000). */
const checkMetaPage = object({ first: count, articles: list(checkArticleMeta, 10_000) });

/**
 * Checks a MetaPage. `expected` is what the file that pointed to it promises: the first
 * position and the number of articles; a page that says otherwise is refused, so a list
 * never shows an article in another's place. One malformed article fails the page.
 */
export function parseMetaPage(value: unknown, file: string, expected: { readonly first: number; readonly length: number }): MetaPage {
  const page = checkMetaPage(value, file);
  if (page.first !== expected.first) throw invalid(file, 'first', `is ${page.first}, expected ${expected.first}`);
  if (page.articles.length !== expected.length) {
    throw invalid(file, 'articles', `has ${page.articles.length} articles, expected ${expected.length}`);
  }
  return page;
}
