import type { MetaPage } from '../shared/bundle-types';
import { BundleError } from '../lib/bundle-error';
import { count, list, object } from '../lib/check-json';
import { checkArticleMeta } from './bundle-checks';

const checkMetaPage = object({ first: count, articles: list(checkArticleMeta) });

/**
 * Checks a MetaPage. `expected` is what the file that pointed to it promises: the first
 * position and the number of articles; a page that says otherwise is refused, so a list
 * never shows an article in another's place. One malformed article fails the page.
 */
export function parseMetaPage(value: unknown, file: string, expected: { readonly first: number; readonly length: number }): MetaPage {
  const page = checkMetaPage(value, file);
  if (page.first !== expected.first) throw new BundleError('invalid', `${file}: first is ${page.first}, expected ${expected.first}`);
  if (page.articles.length !== expected.length) {
    throw new BundleError('invalid', `${file}: has ${page.articles.length} articles, expected ${expected.length}`);
  }
  return page;
}
