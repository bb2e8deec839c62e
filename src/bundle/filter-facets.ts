import type { Manifest, StockDirectory } from '../shared/bundle-types';
import { categoryNodes } from './category-lookup';
import type { FacetIndex } from './facet-index';
import type { FacetRef } from './facet-query';
import { allOrdinals, intersectOrdinals, unionOrdinals } from '../shared/ordinal-sets';

export interface FacetFilters {
  /** Joined category paths, combined with OR. */
  readonly categories: readonly string[];
  readonly stock: string | null;
}

/**
 * The facet files a filter needs: one per chosen category node, and the stock's. Null
 * when the filter names a category or stock this bundle does not have: it selects nothing.
 * The stock's facet is named by the stock directory, so with a stock filter and no
 * directory yet this waits (undefined).
 */
export function facetRefsOf(
  manifest: Manifest,
  directory: StockDirectory | undefined,
  filters: FacetFilters,
): { readonly categories: readonly FacetRef[]; readonly stock: FacetRef | null } | null | undefined {
  const nodes = categoryNodes(manifest);
  const categories: FacetRef[] = [];
  for (const path of filters.categories) {
    const node = nodes.get(path);
    if (!node) return null;
    categories.push({ kind: 'category', key: path, hash: node.facet });
  }
  if (filters.stock === null) return { categories, stock: null };
  if (!directory) return undefined;
  const stock = directory.stocks.find((s) => s.code === filters.stock);
  if (!stock) return null;
  return { categories, stock: { kind: 'stock', key: stock.code, hash: stock.facet } };
}

/** The ordinals a filter selects, ascending: any chosen category, and the stock. */
export function filterOrdinals(articleCount: number, categories: readonly FacetIndex[], stock: FacetIndex | null): Int32Array {
  const byCategory = categories.length > 0 ? unionOrdinals(categories.map((f) => f.ordinals)) : null;
  if (stock && byCategory) return intersectOrdinals(byCategory, stock.ordinals);
  return stock?.ordinals ?? byCategory ?? allOrdinals(articleCount);
}
