import type { ArticleMeta, CategoryNode, Market, NeighbourRef, StockRef, StockSummary } from '../shared/bundle-types';
import { isSafeUrl } from '../shared/html-policy';
import { count, failAt, isoDate, lazy, list, nonEmptyText, nullable, object, oneOf, text, type Check } from '../lib/check-json';

/**
 * The building blocks of the bundle's schema checks, shared by the file parsers here.
 * Every bundle file is untrusted input: these run on everything before a type is claimed.
 */

const MARKETS: readonly Market[] = ['SH', 'SZ', 'BJ', 'HK', 'US', 'OTHER'];

/**
 * A content hash naming a file: lower-case letters and digits only, so that filling a
 * template with it can never leave the bundle folder or add a query string.
 */
export const fileHash: Check<string> = (value, path) =>
  typeof value === 'string' && /^[a-z0-9]{8,64}$/.test(value) ? value : failAt(path, 'is not a file hash');

const stockRefShape = {
  code: nonEmptyText,
  market: oneOf(MARKETS),
  symbol: nonEmptyText,
  name: nonEmptyText,
};

export const checkStockRef: Check<StockRef> = object(stockRefShape);

export const checkStockSummary: Check<StockSummary> = object({ ...stockRefShape, count, facet: fileHash });

export const checkCategoryPath: Check<string[]> = list(nonEmptyText);

export const checkCategoryNode: Check<CategoryNode> = object({
  name: nonEmptyText,
  path: checkCategoryPath,
  count,
  facet: fileHash,
  children: lazy(() => list(checkCategoryNode)),
});

/**
 * A URL the page will load (an <img src>): one the shared policy allows (http(s) or
 * root-relative), else null — a bad image URL costs the reader that image, not the page.
 */
export const safeUrlOrNull: Check<string | null> = (value, path) => {
  if (value === null || value === undefined) return null;
  return isSafeUrl(text(value, path)) ? (value as string) : null;
};

/** The URLs of a list that the shared policy allows; the others are dropped. */
export const safeUrls: Check<string[]> = (value, path) =>
  list(safeUrlOrNull)(value, path).filter((url): url is string => url !== null);

export const articleMetaShape = {
  id: nonEmptyText,
  title: nonEmptyText,
  date: isoDate,
  source: text,
  categories: list(checkCategoryPath),
  stocks: list(checkStockRef),
  summary: text,
  charCount: count,
  readingMinutes: count,
  headImage: safeUrlOrNull,
  byline: nullable(text),
  editor: nullable(text),
  rev: text,
};

export const checkArticleMeta: Check<ArticleMeta> = object(articleMetaShape);

export const checkNeighbourRef: Check<NeighbourRef | null> = nullable(object({ id: nonEmptyText, title: text }));

/** A [text, count] pair, as facets list category counts and related stocks. */
export const checkCountPair: Check<readonly [string, number]> = (value, path) => {
  if (!Array.isArray(value) || value.length !== 2) failAt(path, 'is not a [name, count] pair');
  return [nonEmptyText(value[0], `${path}[0]`), count(value[1], `${path}[1]`)] as const;
};
