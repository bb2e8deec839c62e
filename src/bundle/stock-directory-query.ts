import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';

import type { Manifest } from '../shared/bundle-types';
import { bundleFile } from './bundle-file';
import { parseAtBoundary } from '../lib/check-json';
import { fetchBundleJson } from './fetch-bundle-json';
import { parseStockDirectory } from './parse-stock-directory';

/** Every stock with its count and facet; for /stocks and for resolving ?stock=. */
export function getStockDirectoryQueryOptions(manifest: Manifest | undefined) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'stocks', manifest?.stocks],
    queryFn: manifest
      ? async ({ signal }) => {
          const file = bundleFile(manifest, 'stocks', manifest.stocks);
          const value = await fetchBundleJson(file, signal);
          return parseAtBoundary(file, () => parseStockDirectory(value, file, manifest.stockCount));
        }
      : skipToken,
    staleTime: Infinity,
  });
}

export function useStockDirectory(manifest: Manifest | undefined) {
  return useQuery(getStockDirectoryQueryOptions(manifest));
}
