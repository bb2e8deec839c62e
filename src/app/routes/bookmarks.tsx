import type { QueryClient } from '@tanstack/react-query';

import { BookmarksPage } from '../../features/bookmarks/components/bookmarks-page';
import { prefetchManifest } from './prefetch';

/**
 * Starts the manifest (for checking the bookmarks against the current bundle) without
 * waiting on it: the bookmarks themselves come from the device, so the page must open
 * at once offline.
 */
export function bookmarksLoader(queryClient: QueryClient) {
  return () => {
    void prefetchManifest(queryClient);
    return null;
  };
}

/** "/bookmarks": the saved articles, readable offline. */
export function BookmarksRoute() {
  return <BookmarksPage />;
}
