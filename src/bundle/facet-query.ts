import { queryOptions, skipToken, useQueries, type UseQueryResult } from '@tanstack/react-query';

import type { Manifest } from '../shared/bundle-types';
import { bundleFile } from './bundle-file';
import type { FacetIndex } from './facet-index';
import { parseAtBoundary } from '../lib/check-json';
import { fetchBundleJson } from './fetch-bundle-json';
import { parseFacet } from './parse-facet';

/** Which facet, as the manifest or the stock directory names it. */
export interface FacetRef {
  readonly kind: FacetIndex['kind'];
  readonly key: string;
  readonly hash: string;
}

export function getFacetQueryOptions(manifest: Manifest | undefined, ref: FacetRef | null) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'facet', ref?.hash],
    queryFn:
      manifest && ref
        ? async ({ signal }) => {
            const file = bundleFile(manifest, 'facet', ref.hash);
            const value = await fetchBundleJson(file, signal);
            return parseAtBoundary(file, () => parseFacet(value, file, ref, manifest));
          }
        : skipToken,
    staleTime: Infinity,
  });
}

export interface FacetsResult {
  /** Every facet asked for, in order, once all have arrived; the same array until one changes. */
  readonly data: readonly FacetIndex[] | undefined;
  readonly error: Error | null;
  readonly isFetching: boolean;
  readonly refetch: () => void;
}

/** Module-level, so TanStack re-runs it only when a result changes (a stable `data`). */
function combineFacets(results: UseQueryResult<FacetIndex>[]): FacetsResult {
  const ready = results.every((r) => r.data !== undefined);
  return {
    data: ready ? results.map((r) => r.data!) : undefined,
    error: results.find((r) => r.error)?.error ?? null,
    isFetching: results.some((r) => r.isFetching),
    refetch: () => {
      for (const r of results) void r.refetch();
    },
  };
}

/** Several facets at once (a filter that combines categories and a stock). */
export function useFacets(manifest: Manifest | undefined, refs: readonly FacetRef[] | undefined): FacetsResult {
  return useQueries({
    queries: (refs ?? []).map((ref) => getFacetQueryOptions(manifest, ref)),
    combine: refs === undefined ? combineWaiting : combineFacets,
  });
}

/** The refs are not known yet (the stock directory is on its way). */
function combineWaiting(): FacetsResult {
  return WAITING;
}

const WAITING: FacetsResult = { data: undefined, error: null, isFetching: false, refetch: () => {} };
