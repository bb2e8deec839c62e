import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';

import type { Manifest } from '../shared/bundle-types';
import { bundleFile } from './bundle-file';
import { parseAtBoundary } from '../lib/check-json';
import { fetchBundleJson } from './fetch-bundle-json';
import { parseTimeline } from './parse-timeline';

/** The page table and the day table; waits (skipToken) for the manifest. */
export function getTimelineQueryOptions(manifest: Manifest | undefined) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'timeline', manifest?.timeline],
    queryFn: manifest
      ? async ({ signal }) => {
          const file = bundleFile(manifest, 'timeline', manifest.timeline);
          const value = await fetchBundleJson(file, signal);
          return parseAtBoundary(file, () => parseTimeline(value, file, manifest));
        }
      : skipToken,
    staleTime: Infinity,
  });
}

export function useTimeline(manifest: Manifest | undefined) {
  return useQuery(getTimelineQueryOptions(manifest));
}
