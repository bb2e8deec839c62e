import type { QueryClient } from '@tanstack/react-query';

import type { Manifest } from '../../../shared/bundle-types';
import type { ListFilters } from '../../../shared/list-filters';
import { getFacetQueryOptions } from '../../../bundle/facet-query';
import { facetRefsOf } from '../../../bundle/filter-facets';
import { getMetaPageQueryOptions, headPageRef } from '../../../bundle/meta-page-query';
import { getStockDirectoryQueryOptions } from '../../../bundle/stock-directory-query';
import { getTimelineQueryOptions } from '../../../bundle/timeline-query';

/**
 * Starts, in parallel, every file a list's first screen needs (the same query options
 * useListData reads), for route loaders: the timeline, and the head page or the facets.
 * Never waits, never throws.
 */
export function prefetchListData(
  client: QueryClient,
  manifest: Manifest,
  filters: Pick<ListFilters, 'categories' | 'stock'>,
  { rowsOnly = false }: { readonly rowsOnly?: boolean } = {},
): void {
  // Rows only (a search): useListData's rowsOnly asks for no timeline and no head page.
  if (!rowsOnly) void client.prefetchQuery(getTimelineQueryOptions(manifest));
  const start = (directory?: Parameters<typeof facetRefsOf>[1]) => {
    const refs = facetRefsOf(manifest, directory, filters);
    if (!refs) return;
    if (!rowsOnly && refs.categories.length === 0 && !refs.stock) void client.prefetchQuery(getMetaPageQueryOptions(manifest, headPageRef(manifest)));
    for (const ref of [...refs.categories, ...(refs.stock ? [refs.stock] : [])]) void client.prefetchQuery(getFacetQueryOptions(manifest, ref));
  };
  if (filters.stock === null) start();
  else void client.ensureQueryData(getStockDirectoryQueryOptions(manifest)).then(start, () => {});
}
