import { QueryClient } from '@tanstack/react-query';

import { BundleError } from './bundle-error';

const MAX_RETRIES = 2;

/** Retries only what may heal by itself; a missing or foreign bundle fails at once. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof BundleError && !error.isTransient) return false;
  return failureCount < MAX_RETRIES;
}

/** The bundle is static for the life of a build, so data never goes stale during a visit. */
export const queryClient = new QueryClient({
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
