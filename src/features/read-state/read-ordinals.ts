import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';

import type { Manifest } from '../../shared/bundle-types';
import { articleIdDay } from '../../shared/article-id';
import { getFacetQueryOptions } from '../../bundle/facet-query';
import { facetRefsOf, filterOrdinals } from '../../bundle/filter-facets';
import { loadOrdinalRange } from '../../bundle/load-ordinal-range';
import { ordinalAtOrBefore } from '../../bundle/find-ordinal';
import { ordinalsUpTo, sortedOrdinals, unionOrdinals } from '../../bundle/ordinal-sets';
import { getStockDirectoryQueryOptions } from '../../bundle/stock-directory-query';
import { ordinalsOfDay, type TimelineIndex } from '../../bundle/timeline-index';
import { useReadState, type ReadState } from './read-store';

/**
 * The ordinals of this bundle that the read state counts read, ascending — what
 * 只看未读 takes away. Opened articles are found through their day's main pages (the id
 * names the day), 全部标为已读 through its filter's facets and its cut's day: the cost
 * grows with what was read, never with the corpus.
 */
export async function resolveReadOrdinals(
  client: QueryClient,
  manifest: Manifest,
  timeline: TimelineIndex,
  read: ReadState,
): Promise<Int32Array> {
  const byDay = new Map<number, Set<string>>();
  for (const id of read.ids) {
    const day = articleIdDay(id);
    if (day === null) continue;
    let ids = byDay.get(day);
    if (!ids) byDay.set(day, (ids = new Set()));
    ids.add(id);
  }
  const opened: number[] = [];
  await Promise.all(
    [...byDay].map(async ([day, ids]) => {
      const { start, end } = ordinalsOfDay(timeline, day);
      if (start === end) return;
      const metas = await loadOrdinalRange(client, manifest, timeline, start, end);
      metas.forEach((meta, i) => {
        if (ids.has(meta.id)) opened.push(start + i);
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
  return unionOrdinals([sortedOrdinals(opened), ...covered]);
}

export function getReadOrdinalsQueryOptions(
  client: QueryClient,
  manifest: Manifest | undefined,
  timeline: TimelineIndex | undefined,
  read: ReadState,
) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'read-ordinals', read.revision],
    queryFn: () => resolveReadOrdinals(client, manifest!, timeline!, read),
    enabled: manifest !== undefined && timeline !== undefined,
    staleTime: Infinity,
    // Never kept for long: a new revision makes a new key.
    gcTime: 30_000,
  });
}

/** The read ordinals, for the unread filter; idle unless `enabled`. */
export function useReadOrdinals(client: QueryClient, manifest: Manifest | undefined, timeline: TimelineIndex | undefined, enabled: boolean) {
  const read = useReadState();
  const options = getReadOrdinalsQueryOptions(client, manifest, timeline, read);
  return useQuery({ ...options, enabled: enabled && options.enabled === true, placeholderData: (previous) => previous });
}
