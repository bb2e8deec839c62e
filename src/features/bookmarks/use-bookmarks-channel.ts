import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { onDbChange } from '../../lib/ducai-db';
import { syncBookmarksWithBundle } from './bookmark-sync';
import { rereadBookmarks } from './bookmarks-query';

/**
 * Keeps the bookmarks query true to the database while the app runs: the ids another tab
 * says it changed are read again (BroadcastChannel, src/lib/ducai-db.ts), everything is
 * read again when the tab comes back into view, and the stored copies are checked
 * against the bundle on start and when the network returns. Mounted once, by the app's
 * root layout.
 */
export function useBookmarksChannel(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const reread = (ids: readonly string[] | 'all') => void rereadBookmarks(queryClient, ids).catch(() => {});
    const stopListening = onDbChange((change) => {
      if (change.kind === 'bookmarks') reread(change.ids);
    });
    const onFocus = () => reread('all');
    const onVisible = () => {
      if (document.visibilityState === 'visible') reread('all');
    };
    const onOnline = () => void syncBookmarksWithBundle({ force: true });
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onOnline);
    void syncBookmarksWithBundle();
    return () => {
      stopListening();
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onOnline);
    };
  }, [queryClient]);
}
