import type { QueryClient } from '@tanstack/react-query';

import type { ArticleContent, ArticleMeta } from '../../shared/bundle-types';
import type { BookmarkEntry } from './bookmark-entry';

/** What a write of the bookmarks does; the variables of their mutations (bookmark-writes.ts). */
export type BookmarkWrite =
  | { readonly action: 'save'; readonly id: string; readonly article: ArticleContent | null; readonly meta: ArticleMeta | null; readonly at: number }
  | { readonly action: 'remove'; readonly id: string }
  | { readonly action: 'restore' | 'import'; readonly entries: readonly BookmarkEntry[] };

export type BookmarkAction = BookmarkWrite['action'];

/** Every mutation of the bookmarks has this key, so that reads can see what is in flight. */
export const BOOKMARK_WRITES_KEY = ['bookmarks', 'write'] as const;

export function idsOfWrite(write: BookmarkWrite): readonly string[] {
  return 'entries' in write ? write.entries.map((entry) => entry.id) : [write.id];
}

/**
 * How many writes of the bookmark `id` are in flight. A read of the database must leave
 * such an id as this tab shows it: the write in flight decides (and, inside a write's
 * own callbacks, that write still counts).
 */
export function writesInFlight(queryClient: QueryClient, id: string): number {
  return queryClient.isMutating({
    mutationKey: BOOKMARK_WRITES_KEY,
    predicate: (mutation) => {
      const write = mutation.state.variables as BookmarkWrite | undefined;
      return write !== undefined && idsOfWrite(write).includes(id);
    },
  });
}
