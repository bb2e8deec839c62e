import type { ArticleMeta, CategoryNode, Market, StockRef, StockSummary } from '../../../shared/bundle-types';
import {
  count, isoDate, lazy, list, nonEmptyText, nullable, object, oneOf, text, type Check,
} from '../../../lib/check-json';

const MARKETS: readonly Market[] = ['SH', 'SZ', 'BJ', 'HK', 'US', 'OTHER'];

const stockRefShape = {
  code: nonEmptyText,
  market: oneOf(MARKETS),
  symbol: nonEmptyText,
  name: nonEmptyText,
};

export const checkStockRef: Check<StockRef> = object(stockRefShape);

export const checkStockSummary: Check<StockSummary> = object({ ...stockRefShape, count });

export const checkCategoryPath: Check<string[]> = list(nonEmptyText);

export const checkCategoryNode: Check<CategoryNode> = object({
  name: nonEmptyText,
  path: checkCategoryPath,
  count,
  children: lazy(() => list(checkCategoryNode)),
});

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
  headImage: nullable(text),
  byline: nullable(text),
  editor: nullable(text),
  rev: text,
};

export const checkArticleMeta: Check<ArticleMeta> = object(articleMetaShape);
