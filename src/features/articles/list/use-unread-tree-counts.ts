import { useCallback, useMemo, useState } from 'react';

import { categoryNodes } from '../../../bundle/category-lookup';
import { useFacets, type FacetRef } from '../../../bundle/facet-query';
import { intersectOrdinals, subtractOrdinals } from '../../../shared/ordinal-sets';
import type { ListData } from './use-list-data';

/**
 * Under 只看未读, the category tree counts unread articles: for each node the reader can
 * see (`onVisible` from the tree), its facet's ordinals, under the stock filter, less
 * what is read — exact, from the same sets the list subtracts. Under a search the index
 * answers exactly, likewise its matches (data.searchOrdinals). Only visible nodes' facets
 * are fetched; until they arrive (and for every node outside 只看未读 and search) the
 * counts are the list's own. Returns the counts and the tree's visibility callback.
 */
export function useUnreadTreeCounts(data: ListData | undefined) {
  const [visible, setVisible] = useState<ReadonlySet<string>>(() => new Set());
  const onVisible = useCallback((path: string, shown: boolean) => {
    setVisible((before) => {
      if (before.has(path) === shown) return before;
      const next = new Set(before);
      if (shown) next.add(path);
      else next.delete(path);
      return next;
    });
  }, []);

  const unread = data?.readOrdinals ?? null;
  const searched = data?.searchOrdinals ?? null;
  const restricted = unread !== null || searched !== null;
  const refs = useMemo((): FacetRef[] | undefined => {
    if (!data || !restricted) return [];
    const nodes = categoryNodes(data.manifest);
    return [...visible].sort().flatMap((path) => {
      const node = nodes.get(path);
      return node ? [{ kind: 'category' as const, key: path, hash: node.facet }] : [];
    });
  }, [data, restricted, visible]);
  const facets = useFacets(restricted ? data?.manifest : undefined, refs);

  const counts = useMemo(() => {
    if (!data || !restricted || !facets.data) return data?.counts ?? new Map<string, number>();
    const out = new Map(data.counts);
    for (const facet of facets.data) {
      let under = data.stockOrdinals ? intersectOrdinals(facet.ordinals, data.stockOrdinals) : facet.ordinals;
      // The search's matches already exclude what is read under 只看未读.
      if (searched) under = intersectOrdinals(under, searched);
      else if (unread) under = subtractOrdinals(under, unread);
      out.set(facet.key, under.length);
    }
    return out;
  }, [data, restricted, unread, searched, facets.data]);

  return { counts, onVisible };
}
