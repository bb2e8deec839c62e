import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';

import { HEAD_SIZE, type ArticleMeta, type Manifest } from '../../../shared/bundle-types';
import { beijingDayOfDate } from '../../../shared/beijing-day';
import type { ListFilters } from '../../../shared/list-filters';
import { categoryNodes } from '../../../bundle/category-lookup';
import type { FacetIndex } from '../../../bundle/facet-index';
import { useFacets } from '../../../bundle/facet-query';
import { facetRefsOf, filterOrdinals } from '../../../bundle/filter-facets';
import { useManifestIfLoaded } from '../../../bundle/manifest-query';
import { getMetaPageQueryOptions, headPageRef } from '../../../bundle/meta-page-query';
import { subtractOrdinals } from '../../../shared/ordinal-sets';
import { metaLocator } from './meta-locator';
import type { ListData } from '../../../bundle/list-data';
import { useStockDirectory } from '../../../bundle/stock-directory-query';
import { dayIndexOf } from '../../../bundle/timeline-index';
import { useTimeline } from '../../../bundle/timeline-query';
import { useReadOrdinals } from '../../read-state/read-ordinals';

export type { ListData, MetaSource } from '../../../bundle/list-data';

export interface ListDataResult {
  readonly data: ListData | undefined;
  readonly error: Error | null;
  readonly isFetching: boolean;
  readonly refetch: () => void;
}

/**
 * What the list shows for a filter, loading only the files that filter needs: the
 * manifest, the facets of its categories and stock (the stock's through the stock
 * directory), the timeline, and for 只看未读 what was read. The first screen can show
 * before the timeline arrives, from the head page or the facets' heads.
 */
export function useListData(
  filters: ListFilters,
  { enabled = true, rowsOnly = false }: { readonly enabled?: boolean; readonly rowsOnly?: boolean } = {},
): ListDataResult {
  const client = useQueryClient();
  // The lists' loaders ensured the manifest; the reader's neighbours may run without it
  // (a saved copy shown offline). Disabled, nothing past it is asked for.
  const manifest = useManifestIfLoaded();
  const m = enabled ? manifest : undefined;
  // Rows only (a search, which finds its rows' metadata elsewhere): no timeline, no head
  // page, unless 只看未读 needs the timeline for what was read.
  const timeline = useTimeline(rowsOnly && !filters.unread ? undefined : m);
  const directory = useStockDirectory(filters.stock !== null ? m : undefined);
  const { categories, stock: stockCode } = filters;
  const refs = useMemo(() => (m ? facetRefsOf(m, directory.data, { categories, stock: stockCode }) : undefined), [m, directory.data, categories, stockCode]);
  const facetRefs = useMemo(() => (refs ? [...refs.categories, ...(refs.stock ? [refs.stock] : [])] : refs === null ? [] : undefined), [refs]);
  const facets = useFacets(m, facetRefs);
  const head = useQuery(getMetaPageQueryOptions(m, m && !rowsOnly && facetRefs?.length === 0 ? headPageRef(m) : null));
  const readOrdinals = useReadOrdinals(client, m, timeline.data, filters);

  const data = useMemo((): ListData | undefined => {
    if (!m || refs === undefined || !facets.data) return undefined;
    const chosen = facets.data;
    const categoryFacets = refs ? chosen.slice(0, refs.categories.length) : [];
    const stockFacet = refs?.stock ? chosen[chosen.length - 1]! : null;
    const stock = refs?.stock ? (directory.data?.stocks.find((s) => s.code === refs.stock!.key) ?? null) : null;
    // What every list of these filters says, whatever of its rows are known yet.
    const common = {
      manifest: m,
      stock,
      related: stockFacet?.related ?? [],
      counts: countsFor(m, stockFacet),
      readOrdinals: filters.unread ? (readOrdinals.data ?? null) : null,
      stockOrdinals: stockFacet?.ordinals ?? null,
    };
    const noDays = { dayOf: () => 0, locate: () => null };
    if (refs === null) return { ...common, ...noDays, rows: new Int32Array(0), total: 0, partial: false };
    let ascending = filterOrdinals(m.articleCount, categoryFacets, stockFacet);
    if (filters.unread) {
      if (!readOrdinals.data) return undefined;
      ascending = subtractOrdinals(ascending, readOrdinals.data);
    }
    const rows = descending(ascending);
    if (rowsOnly) return { ...common, ...noDays, rows, total: rows.length, partial: false };
    const locate = metaLocator(m, timeline.data, head.data, chosen);
    const t = timeline.data;
    if (t) return { ...common, rows, total: rows.length, partial: false, dayOf: (o) => t.days[dayIndexOf(t, o)]!, locate };
    // First screen only: as many rows as have their metadata at hand.
    const known = new Map<number, ArticleMeta>();
    let n = 0;
    while (n < rows.length && n < HEAD_SIZE) {
      const source = locate(rows[n]!);
      if (!source || !('meta' in source)) break;
      known.set(rows[n]!, source.meta);
      n++;
    }
    if (n === 0 && rows.length > 0) return undefined;
    return {
      ...common,
      rows: rows.subarray(0, n),
      total: rows.length,
      partial: true,
      dayOf: (o) => beijingDayOfDate(known.get(o)?.date ?? new Date(0).toISOString()),
      locate,
    };
  }, [m, refs, timeline.data, head.data, directory.data, facets.data, readOrdinals.data, filters.unread, rowsOnly]);

  const failed = facets.error ?? directory.error ?? timeline.error ?? readOrdinals.error ?? null;
  return {
    data,
    error: data && failed === timeline.error && !data.partial ? null : failed,
    isFetching: timeline.isFetching || facets.isFetching || directory.isFetching,
    refetch: () => {
      void timeline.refetch();
      void directory.refetch();
      facets.refetch();
      void readOrdinals.refetch();
    },
  };
}

function descending(ascending: Int32Array): Int32Array {
  const out = new Int32Array(ascending.length);
  for (let i = 0, j = ascending.length - 1; j >= 0; i++, j--) out[i] = ascending[j]!;
  return out;
}

/** The tree's counts: the manifest's, or under a stock filter the stock facet's. */
function countsFor(manifest: Manifest, stockFacet: FacetIndex | null): ReadonlyMap<string, number> {
  if (stockFacet) return stockFacet.categoryCounts;
  const out = new Map<string, number>();
  for (const [path, node] of categoryNodes(manifest)) out.set(path, node.count);
  return out;
}
