import { queryOptions, useQuery } from '@tanstack/react-query';

import { fetchBundleJson } from '../../../lib/fetch-bundle-json';
import { parseManifest, type CheckedManifest } from './parse-manifest';

export async function getManifest(signal?: AbortSignal): Promise<CheckedManifest> {
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
