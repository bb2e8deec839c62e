import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Manifest } from '../../../shared/bundle-types';
import { fetchBundleJson } from '../../../lib/fetch-bundle-json';
import { parseManifest } from './parse-manifest';

export async function getManifest(signal?: AbortSignal): Promise<Manifest> {
  return parseManifest(await fetchBundleJson('manifest.json', signal));
}

/** Keys start with "bundle", so invalidating ['bundle'] reloads every bundle file. */
export function getManifestQueryOptions() {
  return queryOptions({
    queryKey: ['bundle', 'manifest'],
    queryFn: ({ signal }) => getManifest(signal),
  });
}

export function useManifest() {
  return useQuery(getManifestQueryOptions());
}
