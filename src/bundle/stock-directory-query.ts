import { queryOptions, skipToken, useQuery, useSuspenseQuery } from '@tanstack/react-query';

import type { Manifest } from '../shared/bundle-types';
import { bundleFile } from './bundle-file';
import { parseAtBoundary } from '../lib/check-json';
import { fetchBundleJson } from './fetch-bundle-json';
import { parseStockDirectory } from './parse-stock-directory';

async function getStockDirectory(manifest: Manifest, signal: AbortSignal) {
  const file = bundleFile(manifest, 'stocks', manifest.stocks);
  const value = await fetchBundleJson(file, signal);
  return parseAtBoundary(file, () => parseStockDirectory(value, file, manifest.stockCount));
}

/** Every stock with its count and facet; for /stocks and for resolving ?stock=. */
export function getStockDirectoryQueryOptions(manifest: Manifest | undefined) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'stocks', manifest?.stocks],
    queryFn: manifest ? ({ signal }) => getStockDirectory(manifest, signal) : skipToken,
    staleTime: Infinity,
  });
}

export function useStockDirectory(manifest: Manifest | undefined) {
  return useQuery(getStockDirectoryQueryOptions(manifest));
}

/** The directory for the views that need it to show anything (/stocks, a stock's page): suspends, and throws a failure to the route's error element. */
export function useSuspenseStockDirectory(manifest: Manifest) {
  const options = getStockDirectoryQueryOptions(manifest);
  return useSuspenseQuery({ ...options, queryFn: ({ signal }) => getStockDirectory(manifest, signal) }).data;
}
