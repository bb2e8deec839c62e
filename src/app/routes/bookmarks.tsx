import type { QueryClient } from '@tanstack/react-query';

import { prefetchManifest } from './prefetch';

export function bookmarksLoader(queryClient: QueryClient) {
  return async () => {
    await prefetchManifest(queryClient);
    return null;
  };
}

/** "/bookmarks": placeholder until the offline bookmarks land. */
export function BookmarksRoute() {
  return null;
}
