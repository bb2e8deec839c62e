import { QueryCache, QueryClient } from '@tanstack/react-query';

import { BundleError } from './bundle-error';

const MAX_RETRIES = 2;

/** Retries only what may heal by itself; a missing or foreign bundle fails at once. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof BundleError && !error.isTransient) return false;
  return failureCount < MAX_RETRIES;
}

/** The bundle's files named by their content: meta/, facets/, timeline/, stocks/, search/. */
const NAMED_BY_CONTENT = /^(?:meta|facets|timeline|stocks|search)\//;

/**
 * A file named by its content that is missing was deleted by a newer ingest (which deletes
 * what its manifest no longer names once it is published): the reader's manifest is the
 * old one. The manifest is loaded again; a new version gives new query keys, and every
 * view asks for its files anew. The same version means the file really is missing: the
 * error stands.
 */
function reloadManifestOnMissingFile(error: Error): void {
  if (!(error instanceof BundleError) || error.kind !== 'missing' || !NAMED_BY_CONTENT.test(error.file ?? '')) return;
  void queryClient.invalidateQueries({ queryKey: ['bundle', 'manifest'], exact: true });
}

/** The bundle is static for the life of a build, so data never goes stale during a visit. */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: reloadManifestOnMissingFile }),
  defaultOptions: {
    queries: {
      // Always try: offline, the service worker may still answer from its cache, and
      // TanStack's default would pause the query (a skeleton forever) instead.
      networkMode: 'always',
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      retry: shouldRetry,
    },
  },
});
