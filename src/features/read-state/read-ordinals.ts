import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';

import type { Manifest } from '../../shared/bundle-types';
import type { ListFilters } from '../../shared/list-filters';
import { articleIdDay } from '../../shared/article-id';
import { getFacetQueryOptions } from '../../bundle/facet-query';
import { facetRefsOf, filterOrdinals } from '../../bundle/filter-facets';
import { loadOrdinalRange } from '../../bundle/load-ordinal-range';
import { ordinalAtOrBefore } from '../../bundle/find-ordinal';
import { ordinalsUpTo, sortedOrdinals, subtractOrdinals, unionOrdinals } from '../../shared/ordinal-sets';
import { getStockDirectoryQueryOptions } from '../../bundle/stock-directory-query';
import { ordinalsOfDay, type TimelineIndex } from '../../bundle/timeline-index';
import { isReadBy } from './is-read-by';
import { useKeptWhileViewing } from './read-while-viewing';
import { useReadState, type ReadState } from './read-state-query';

const NONE: ReadonlySet<string> = new Set();

/**
 * The ordinals of this bundle that the read state counts read, ascending — what
 * 只看未读 takes away — less those of `keep` (read while viewing that list, which it
 * still shows). Articles with a record of their own (opened, marked unread, kept) are
 * found through their day's main pages (the id names the day), 全部标为已读 through its
 * filter's facets and its cut's day: the cost grows with what was read, never with the
 * corpus.
 */
export async function resolveReadOrdinals(
  client: QueryClient,
  manifest: Manifest,
  timeline: TimelineIndex,
  read: ReadState,
  keep: ReadonlySet<string> = NONE,
): Promise<Int32Array> {
  const byDay = new Map<number, Set<string>>();
  for (const id of [...read.ids, ...read.unread.keys(), ...keep]) {
    const day = articleIdDay(id);
    if (day === null) continue;
    let ids = byDay.get(day);
    if (!ids) byDay.set(day, (ids = new Set()));
    ids.add(id);
  }
  const opened: number[] = [];
  // Not read after all: marked unread since the rules that cover them, or kept in view.
  const exceptions: number[] = [];
  await Promise.all(
    [...byDay].map(async ([day, ids]) => {
      const { start, end } = ordinalsOfDay(timeline, day);
      if (start === end) return;
      const metas = await loadOrdinalRange(client, manifest, timeline, start, end);
      metas.forEach((meta, i) => {
        if (!ids.has(meta.id)) return;
        if (keep.has(meta.id) || (read.unread.has(meta.id) && !isReadBy(read, meta))) exceptions.push(start + i);
        else if (read.ids.has(meta.id)) opened.push(start + i);
      });
    }),
  );
  const covered = await Promise.all(
    read.rules.map(async (rule) => {
      const cut = await ordinalAtOrBefore(client, manifest, timeline, rule.cut);
      if (cut < 0) return new Int32Array(0);
      const directory = rule.stock === null ? undefined : await client.fetchQuery(getStockDirectoryQueryOptions(manifest));
      const refs = facetRefsOf(manifest, directory, rule);
      if (!refs) return new Int32Array(0);
      const [categories, stock] = await Promise.all([
        Promise.all(refs.categories.map((ref) => client.fetchQuery(getFacetQueryOptions(manifest, ref)))),
        refs.stock ? client.fetchQuery(getFacetQueryOptions(manifest, refs.stock)) : null,
      ]);
      return ordinalsUpTo(filterOrdinals(cut + 1, categories, stock), cut);
    }),
  );
  return subtractOrdinals(unionOrdinals([sortedOrdinals(opened), ...covered]), sortedOrdinals(exceptions));
}

export function getReadOrdinalsQueryOptions(
  client: QueryClient,
  manifest: Manifest | undefined,
  timeline: TimelineIndex | undefined,
  read: ReadState,
  keep: ReadonlySet<string> = NONE,
) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'read-ordinals', read.revision, [...keep].sort()],
    queryFn: () => resolveReadOrdinals(client, manifest!, timeline!, read, keep),
    enabled: manifest !== undefined && timeline !== undefined,
    staleTime: Infinity,
    // Never kept for long: a new revision makes a new key.
    gcTime: 30_000,
  });
}

/**
 * What the list with `filters` takes away under 只看未读 (less what it keeps in view,
 * ./read-while-viewing.ts); idle unless `filters.unread`.
 */
export function useReadOrdinals(client: QueryClient, manifest: Manifest | undefined, timeline: TimelineIndex | undefined, filters: ListFilters) {
  const read = useReadState();
  const keep = useKeptWhileViewing(filters);
  const enabled = filters.unread;
  const options = getReadOrdinalsQueryOptions(client, manifest, timeline, read, keep);
  return useQuery({ ...options, enabled: enabled && options.enabled === true, placeholderData: (previous) => previous });
}
