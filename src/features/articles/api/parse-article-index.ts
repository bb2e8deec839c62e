import type { ArticleIndex } from '../../../shared/bundle-types';
import { BundleError } from '../../../lib/bundle-error';
import { count, list, nonEmptyText, object, text } from '../../../lib/check-json';

const checkIndex = object({
  ids: list(nonEmptyText),
  dates: list(count),
  categoryPaths: list(text),
  categories: list(list(count)),
  stockCodes: list(nonEmptyText),
  stocks: list(list(count)),
});

/**
 * Checks the index: columns of one length (the article count), and every category or
 * stock reference pointing into its table, so filters can index without checks.
 */
export function parseArticleIndex(value: unknown, file: string, articleCount: number): ArticleIndex {
  const index = checkIndex(value, file);
  const fail = (what: string) => new BundleError('invalid', `${file}: ${what}`);
  for (const column of ['ids', 'dates', 'categories', 'stocks'] as const) {
    if (index[column].length !== articleCount) {
      throw fail(`${column} has ${index[column].length} rows, the manifest ${articleCount} articles`);
    }
  }
  const inRange = (rows: readonly (readonly number[])[], size: number) => rows.every((row) => row.every((i) => i < size));
  if (!inRange(index.categories, index.categoryPaths.length)) throw fail('categories refer past categoryPaths');
  if (!inRange(index.stocks, index.stockCodes.length)) throw fail('stocks refer past stockCodes');
  return index;
}
