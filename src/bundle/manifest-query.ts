import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Manifest } from '../shared/bundle-types';
import { parseAtBoundary } from '../lib/check-json';
import { fetchBundleJson } from './fetch-bundle-json';
import { parseManifest } from './parse-manifest';

export async function getManifest(signal?: AbortSignal): Promise<Manifest> {
  const value = await fetchBundleJson('manifest.json', signal);
  return parseAtBoundary('manifest.json', () => parseManifest(value));
}

/**
 * The one bundle file with a fixed name. Every other key is ['bundle', version, …], so
 * invalidating ['bundle'] reloads the bundle, and a new version never meets old data.
 */
export function getManifestQueryOptions() {
  return queryOptions({
    queryKey: ['bundle', 'manifest'],
    queryFn: ({ signal }) => getManifest(signal),
  });
}

export function useManifest() {
  return useQuery(getManifestQueryOptions());
}
