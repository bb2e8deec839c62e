import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';

import { getDucaiDb } from '../../lib/ducai-db';
import { sortBookmarks, type BookmarkSort } from './bookmark-entry';
import { idOnlySummary, summaryOf, withSummaries, type BookmarkSummaries, type BookmarkSummary } from './bookmark-summary';
import { writesInFlight } from './bookmark-write';
import { migrateLegacyBookmarks, readLegacyIds } from './legacy-bookmarks';
import { storageProblemOf, type StorageProblem } from './storage-problem';

/**
 * The bookmarks (收藏) as the app shows them: one query over the `bookmarks` store of
 * IndexedDB (src/lib/ducai-db.ts) holding every bookmark's summary (no article bodies).
 * Writes go through the mutations of bookmark-writes.ts, which update it optimistically;
 * other tabs' changes and re-reads on focus come in through use-bookmarks-channel.ts;
 * the bundle check (bookmark-sync.ts) patches it as it stores fresher copies.
 */

let prepared: Promise<void> | null = null;

/**
 * Opens the database and moves the first version's bookmarks into it, once per page (a
 * failed opening is tried again next time). A failed migration only logs: the ids stay
 * in localStorage for the next visit.
 */
export function prepareBookmarks(): Promise<void> {
  prepared ??= (async () => {
    await getDucaiDb();
    await migrateLegacyBookmarks().catch((error: unknown) => console.warn('bookmarks: migrating the first version failed', error));
  })().catch((error: unknown) => {
    prepared = null;
    throw error;
  });
  return prepared;
}

async function readSummaries(): Promise<BookmarkSummaries> {
  await prepareBookmarks();
  const entries = await (await getDucaiDb()).getAll('bookmarks');
  return { byId: new Map(entries.map((entry) => [entry.id, summaryOf(entry)])) };
}

export function bookmarkSummariesQueryOptions() {
  return queryOptions({
    queryKey: ['bookmarks', 'summaries'] as const,
    queryFn: readSummaries,
    // The database is on the device: offline changes nothing, nothing goes stale by
    // itself, and a database that cannot be opened will not open on a retry either.
    networkMode: 'always',
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    // Until the database answers, the first version's ids show as bookmarked.
    placeholderData: (): BookmarkSummaries | undefined => {
      const legacy = readLegacyIds();
      return legacy && legacy.length > 0 ? { byId: new Map(legacy.map((id) => [id, idOnlySummary(id)])) } : undefined;
    },
  });
}

/** The query's key, typed with its data (for getQueryData and setQueryData). */
export const BOOKMARK_SUMMARIES_KEY = bookmarkSummariesQueryOptions().queryKey;

/**
 * Reads `ids` (or every bookmark) from the database into the query, except the ids a
 * write of this tab has in flight: the write decides what they show. Rejects when the
 * database cannot be read.
 */
export async function rereadBookmarks(queryClient: QueryClient, ids: readonly string[] | 'all', { force = false } = {}): Promise<void> {
  const db = await getDucaiDb();
  const changes = new Map<string, BookmarkSummary | null>();
  const current = queryClient.getQueryData(BOOKMARK_SUMMARIES_KEY);
  if (ids === 'all') {
    const entries = await db.getAll('bookmarks');
    for (const id of current?.byId.keys() ?? []) changes.set(id, null);
    for (const entry of entries) changes.set(entry.id, summaryOf(entry));
  } else {
    const tx = db.transaction('bookmarks');
    const entries = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    ids.forEach((id, i) => changes.set(id, entries[i] ? summaryOf(entries[i]) : null));
  }
  setSummaries(queryClient, changes, { force });
}

/**
 * Puts summaries into the query (null removes). Unless `force`, ids with a write in
 * flight keep what they show. Before the first read there is nothing to patch: that
 * read sees the database as it is by then.
 */
export function setSummaries(queryClient: QueryClient, changes: ReadonlyMap<string, BookmarkSummary | null>, { force = false } = {}): void {
  queryClient.setQueryData(BOOKMARK_SUMMARIES_KEY, (data) =>
    data ? withSummaries(data, changes, (id) => !force && writesInFlight(queryClient, id) > 0) : data,
  );
}

export type BookmarksStatus = 'loading' | 'ready' | 'unavailable';

export interface BookmarksView {
  readonly status: BookmarksStatus;
  /** Why the database could not be read, when `unavailable`. */
  readonly loadProblem: StorageProblem | null;
  readonly bookmarks: readonly BookmarkSummary[];
}

/** Every bookmark, newest saved first (`saved`, default) or newest article first (`date`). */
export function useBookmarks(sort: BookmarkSort = 'saved'): BookmarksView {
  const { data, error, isPending, isPlaceholderData } = useQuery(bookmarkSummariesQueryOptions());
  const status: BookmarksStatus = error ? 'unavailable' : isPending || isPlaceholderData ? 'loading' : 'ready';
  const loadProblem = error ? storageProblemOf(error) : null;
  const byId = data?.byId;
  const bookmarks = useMemo(() => (byId ? sortBookmarks([...byId.values()], sort) : []), [byId, sort]);
  return useMemo(() => ({ status, loadProblem, bookmarks }), [status, loadProblem, bookmarks]);
}

export function useIsBookmarked(id: string): boolean {
  return useQuery({ ...bookmarkSummariesQueryOptions(), select: (data) => data.byId.has(id) }).data ?? false;
}

/** Whether the article is bookmarked and the current bundle was found not to hold it. */
export function useIsMissingBookmark(id: string): boolean {
  return useQuery({ ...bookmarkSummariesQueryOptions(), select: (data) => (data.byId.get(id)?.missingSince ?? null) !== null }).data ?? false;
}

/** How many bookmarks there are (for the header's badge). */
export function useBookmarkCount(): number {
  return useQuery({ ...bookmarkSummariesQueryOptions(), select: (data) => data.byId.size }).data ?? 0;
}
