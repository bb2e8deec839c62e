import type { ArticleMeta, CategoryNode, NeighbourRef, StockRef, StockSummary } from '../shared/bundle-types';
import { isArticleId } from '../shared/article-id';
import { BUNDLE_LIMITS } from '../shared/bundle-limits';
import { isSafeUrl } from '../shared/html-policy';
import { isConsistentStock, MARKETS } from '../shared/stock-markets';
import { count, failAt, isoDate, label, list, matching, nullable, object, oneOf, type Check } from '../lib/check-json';

/**
 * The building blocks of the bundle's schema checks, shared by the file parsers here.
 * Every bundle file is untrusted input: these run on everything before a type is claimed,
 * with the limits of src/shared/bundle-limits.ts (the ingest writes within them). Labels
 * come out cleaned of bidi and invisible characters; ids, hashes and stock codes must
 * have the shapes the ingest gives them; URLs must pass the one URL rule.
 */

/**
 * A content hash naming a file: lower-case letters and digits only, so that filling a
 * template with it can never leave the bundle folder or add a query string.
 */
export const fileHash: Check<string> = matching(/^[a-z0-9]{8,64}$/, 'a file hash');

/** An article id as the ingest makes it (src/shared/article-id.ts): never a path, never a word. */
export const articleId: Check<string> = (value, path) => (typeof value === 'string' && isArticleId(value) ? value : failAt(path, 'is not an article id'));

const stockRefShape = {
  code: matching(/^[a-z0-9_.]{3,12}$/, 'a stock code'),
  market: oneOf(MARKETS),
  symbol: label(BUNDLE_LIMITS.stockName),
  name: label(BUNDLE_LIMITS.stockName),
};

/** A stock as the ingest writes it: a code of a known shape, with its market and symbol. */
function consistent<T extends StockRef>(check: Check<T>): Check<T> {
  return (value, path) => {
    const stock = check(value, path);
    return isConsistentStock(stock) ? stock : failAt(`${path}.code`, 'is not a stock code of a known market');
  };
}

export const checkStockRef: Check<StockRef> = consistent(object(stockRefShape));

export const checkStockSummary: Check<StockSummary> = consistent(object({ ...stockRefShape, count, facet: fileHash }));

export const checkCategoryPath: Check<string[]> = list(label(BUNDLE_LIMITS.categoryName), BUNDLE_LIMITS.categoryDepth);

const checkNodeFields = object({
  name: label(BUNDLE_LIMITS.categoryName),
  path: checkCategoryPath,
  count,
  facet: fileHash,
});

/**
 * The manifest's category tree, checked with its own stack: at most
 * BUNDLE_LIMITS.categoryNodes nodes and BUNDLE_LIMITS.categoryDepth levels, each node's
 * path its parent's and its own name. (A tree 20,000 levels deep overflowed the
 * recursive checker before, and every route said "try again later".)
 */
export const checkCategoryTree: Check<CategoryNode[]> = (value, path) => {
  interface Pending {
    readonly value: unknown;
    readonly path: string;
    readonly depth: number;
    readonly parentPath: readonly string[];
    readonly into: CategoryNode[];
  }
  const roots: CategoryNode[] = [];
  const stack: Pending[] = [];
  const pushList = (items: unknown, at: string, depth: number, parentPath: readonly string[], into: CategoryNode[]): void => {
    if (!Array.isArray(items)) failAt(at, 'is not a list');
    for (let i = items.length - 1; i >= 0; i--) stack.push({ value: items[i], path: `${at}[${i}]`, depth, parentPath, into });
  };
  pushList(value, path, 1, [], roots);
  let nodes = 0;
  // Children are filled in as they are checked; entries keep their order (reversed twice).
  const order: { into: CategoryNode[]; node: CategoryNode; children: CategoryNode[] }[] = [];
  while (stack.length > 0) {
    const pending = stack.pop()!;
    if (++nodes > BUNDLE_LIMITS.categoryNodes) failAt(path, `has more than ${BUNDLE_LIMITS.categoryNodes} nodes`);
    if (pending.depth > BUNDLE_LIMITS.categoryDepth) failAt(pending.path, `is deeper than ${BUNDLE_LIMITS.categoryDepth} levels`);
    const fields = checkNodeFields(pending.value, pending.path);
    const expected = [...pending.parentPath, fields.name];
    if (fields.path.length !== expected.length || fields.path.some((name, i) => name !== expected[i])) {
      failAt(`${pending.path}.path`, 'is not its parent’s path and its name');
    }
    const children: CategoryNode[] = [];
    const node: CategoryNode = { ...fields, children };
    order.push({ into: pending.into, node, children });
    const record = pending.value as Record<string, unknown>;
    pushList(Object.hasOwn(record, 'children') ? record.children : undefined, `${pending.path}.children`, pending.depth + 1, expected, children);
  }
  for (const { into, node } of order) into.push(node);
  return roots;
};

/**
 * A URL the page will load (an <img src>): one the shared rule allows for images (https
 * or root-relative, canonical), else null — a bad image URL costs the reader that image,
 * not the page.
 */
export const safeImageOrNull: Check<string | null> = (value, path) => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') failAt(path, 'is not a string');
  return isSafeUrl(value, 'image') ? value : null;
};

/** The image URLs of a list that the shared rule allows; the others are dropped. */
export const safeImages: Check<string[]> = (value, path) =>
  list(safeImageOrNull, BUNDLE_LIMITS.imagesPerArticle)(value, path).filter((url): url is string => url !== null);

/** A link the reader may follow to another site: absolute http(s), canonical; else null. */
export const safeLinkOrNull: Check<string | null> = (value, path) => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') failAt(path, 'is not a string');
  return /^https?:\/\//i.test(value) && isSafeUrl(value, 'link') ? value : null;
};

export const articleMetaShape = {
  id: articleId,
  title: label(BUNDLE_LIMITS.title),
  date: isoDate,
  source: label(BUNDLE_LIMITS.shortText, { empty: true }),
  categories: list(checkCategoryPath, BUNDLE_LIMITS.categoriesPerArticle),
  stocks: list(checkStockRef, BUNDLE_LIMITS.stocksPerArticle),
  summary: label(BUNDLE_LIMITS.summary, { empty: true }),
  charCount: count,
  readingMinutes: count,
  headImage: safeImageOrNull,
  byline: nullable(label(BUNDLE_LIMITS.shortText, { empty: true })),
  editor: nullable(label(BUNDLE_LIMITS.shortText, { empty: true })),
  rev: fileHash,
};

export const checkArticleMeta: Check<ArticleMeta> = object(articleMetaShape);

export const checkNeighbourRef: Check<NeighbourRef | null> = nullable(object({ id: articleId, title: label(BUNDLE_LIMITS.title, { empty: true }) }));

/** A [text, count] pair, as facets list category counts and related stocks. */
export function checkCountPair(key: Check<string>): Check<readonly [string, number]> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length !== 2) failAt(path, 'is not a [name, count] pair');
    return [key(value[0], `${path}[0]`), count(value[1], `${path}[1]`)] as const;
  };
}
