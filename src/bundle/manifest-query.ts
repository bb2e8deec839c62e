import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';

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

/**
 * The manifest, for the views of the bundle's routes: their loaders ensured it, so it is
 * at hand, and when it could not be had the route's error element shows instead. Never in
 * the app's shell or on /bookmarks, which must render without a bundle (they would
 * suspend, or throw to the page's boundary): those use useManifestIfLoaded.
 */
export function useManifest(): Manifest {
  return useSuspenseQuery(getManifestQueryOptions()).data;
}

/**
 * The manifest when it is loaded, else undefined; never suspends and never throws. It
 * observes the manifest (so a newer one, after an invalidation, arrives here too) but
 * does not ask again for one that failed as it mounts: the route's retry does that.
 */
export function useManifestIfLoaded(): Manifest | undefined {
  return useQuery({ ...getManifestQueryOptions(), retryOnMount: false }).data;
}
