import { mutationOptions, useMutation, useMutationState, useQueryClient, type Mutation, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';

import { cachedMetaOf } from '../../bundle/cached-meta';
import { announceDbChange, metaOfArticle, writeTransaction } from '../../lib/ducai-db';
import type { ArticleContent, ArticleMeta } from '../../shared/bundle-types';
import { mergeBookmark, newBookmark, type BookmarkEntry } from './bookmark-entry';
import { cacheArticleImages } from './bookmark-images';
import { articleKey } from './bookmark-records';
import { summaryOf, type BookmarkSummary } from './bookmark-summary';
import { refreshFromBundle, syncBookmarksWithBundle } from './bookmark-sync';
import { BOOKMARK_WRITES_KEY, idsOfWrite, writesInFlight, type BookmarkAction, type BookmarkWrite } from './bookmark-write';
import { BOOKMARK_SUMMARIES_KEY, bookmarkSummariesQueryOptions, rereadBookmarks, setSummaries } from './bookmarks-query';
import { STORAGE_INFO_KEY } from './storage-info';
import { storageProblemOf, type StorageProblem } from './storage-problem';

/**
 * Every change to the bookmarks is a mutation (key BOOKMARK_WRITES_KEY):
 *
 * - Each write is a read-modify-write of single keys inside one transaction, never a
 *   whole-set overwrite, so fast toggles in several tabs lose nothing.
 * - The bookmarks query changes at once (onMutate). A write that fails puts back what
 *   is stored (or, if the database cannot say, what was shown) and stays in the mutation
 *   cache as the failure `useBookmarkFailure()` reports, until dismissed or a later write
 *   of the same article succeeds.
 * - While a write of an article is in flight, reads of the database leave that article
 *   as shown; a later write of it has the last word (writesInFlight).
 * - Other tabs are told which ids changed (BroadcastChannel, see src/lib/ducai-db.ts).
 */

export interface MergeCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

type WriteResult =
  | { readonly action: 'save'; readonly stored: BookmarkEntry }
  | { readonly action: 'remove'; readonly removed: BookmarkEntry | undefined }
  | { readonly action: 'merge'; readonly counts: MergeCounts; readonly merged: readonly BookmarkEntry[] };

interface WriteContext {
  /** What each id showed before the write, for when the database cannot say after a failure. */
  readonly before: ReadonlyMap<string, BookmarkSummary | null>;
}

/** A write that failed; nothing was changed by it. */
export interface BookmarkFailure {
  /** The article concerned; null for an action on several. */
  readonly id: string | null;
  readonly action: BookmarkAction;
  readonly problem: StorageProblem;
  readonly at: number;
}

async function perform(write: BookmarkWrite): Promise<WriteResult> {
  if (write.action === 'save') {
    const draft = newBookmark(write.id, { article: write.article, meta: write.meta, now: write.at });
    const stored = await writeTransaction(['bookmarks'], async (tx) => {
      const store = tx.objectStore('bookmarks');
      const existing = await store.get(write.id);
      // Already saved (by another tab): keep it, with the newer copy of the article.
      const entry = existing ? mergeBookmark(existing, { ...draft, savedAt: existing.savedAt }).entry : draft;
      if (entry !== existing) await store.put(entry);
      return entry;
    });
    return { action: 'save', stored };
  }
  if (write.action === 'remove') {
    const removed = await writeTransaction(['bookmarks'], async (tx) => {
      const store = tx.objectStore('bookmarks');
      const existing = await store.get(write.id);
      if (existing) await store.delete(write.id);
      return existing;
    });
    return { action: 'remove', removed };
  }
  // All the records are written in one transaction, or none.
  return writeTransaction(['bookmarks'], async (tx) => {
    const store = tx.objectStore('bookmarks');
    const counts = { added: 0, updated: 0, unchanged: 0 };
    const merged: BookmarkEntry[] = [];
    for (const incoming of write.entries) {
      const { entry, change } = mergeBookmark(await store.get(incoming.id), incoming);
      counts[change]++;
      if (change !== 'unchanged') await store.put(entry);
      merged.push(entry);
    }
    return { action: 'merge' as const, counts, merged };
  });
}

/** What the write shows at once. */
function optimisticChanges(write: BookmarkWrite, shown: ReadonlyMap<string, BookmarkSummary> | undefined): Map<string, BookmarkSummary | null> {
  if (write.action === 'save') return new Map([[write.id, summaryOf(newBookmark(write.id, { article: write.article, meta: write.meta, now: write.at }))]]);
  if (write.action === 'remove') return new Map([[write.id, null]]);
  // Shown at once; the stored copy (if newer) replaces it when the write commits.
  return new Map(write.entries.filter((entry) => !shown?.has(entry.id)).map((entry) => [entry.id, summaryOf(entry)]));
}

function storedChanges(result: WriteResult, write: BookmarkWrite): Map<string, BookmarkSummary | null> {
  if (result.action === 'save') return new Map([[result.stored.id, summaryOf(result.stored)]]);
  if (result.action === 'remove') return new Map(idsOfWrite(write).map((id) => [id, null]));
  return new Map(result.merged.map((entry) => [entry.id, summaryOf(entry)]));
}

type WriteMutation = Mutation<WriteResult, Error, BookmarkWrite, WriteContext | undefined>;

/** What the failure report needs of a write. */
export interface WriteFacts {
  readonly status: WriteMutation['state']['status'];
  readonly at: number;
  readonly action: BookmarkAction | null;
  /** The article concerned; null for a write of several. */
  readonly id: string | null;
  readonly ids: readonly string[];
  readonly problem: StorageProblem | null;
}

function factsOf(mutation: WriteMutation): WriteFacts {
  const { status, submittedAt: at, variables: write, error } = mutation.state;
  return {
    status,
    at,
    action: write?.action ?? null,
    id: write === undefined || 'entries' in write ? null : write.id,
    ids: write ? idsOfWrite(write) : [],
    problem: status === 'error' ? storageProblemOf(error) : null,
  };
}

/**
 * Which of the writes (in the order they were made) is the failure to report: the last
 * one that failed, unless a later write of the same article (or any later write, for a
 * failure on several) succeeded. -1 for none.
 */
export function currentFailureIndex(writes: readonly WriteFacts[]): number {
  let current = -1;
  for (let i = 0; i < writes.length; i++) {
    const write = writes[i]!;
    if (write.status === 'error') current = i;
    else if (write.status === 'success' && current !== -1) {
      const failed = writes[current]!;
      if (failed.id === null || write.ids.includes(failed.id)) current = -1;
    }
  }
  return current;
}

function bookmarkWrites(queryClient: QueryClient): WriteMutation[] {
  const writes = queryClient.getMutationCache().findAll({ mutationKey: BOOKMARK_WRITES_KEY }) as WriteMutation[];
  return writes.sort((a, b) => a.state.submittedAt - b.state.submittedAt);
}

/** Keeps of the settled writes only the failure still reported: the cache stays small however many writes a visit makes. */
function forgetSettledWrites(queryClient: QueryClient): void {
  const writes = bookmarkWrites(queryClient);
  const kept = writes[currentFailureIndex(writes.map(factsOf))];
  const cache = queryClient.getMutationCache();
  for (const mutation of writes) if (mutation.state.status !== 'pending' && mutation.state.status !== 'idle' && mutation !== kept) cache.remove(mutation);
}

let persistenceAsked = false;

/** Asks the browser not to evict the site's storage, once a bookmark has been saved. */
async function requestPersistenceOnce(queryClient: QueryClient): Promise<void> {
  if (persistenceAsked || (queryClient.getQueryData(BOOKMARK_SUMMARIES_KEY)?.byId.size ?? 0) === 0) return;
  persistenceAsked = true;
  try {
    if (navigator.storage?.persisted && !(await navigator.storage.persisted())) await navigator.storage.persist?.();
  } catch {
    // Not supported: the storage info on /bookmarks says it is not persistent.
  }
  await queryClient.invalidateQueries({ queryKey: STORAGE_INFO_KEY });
}

export function bookmarkWriteOptions(queryClient: QueryClient) {
  return mutationOptions<WriteResult, Error, BookmarkWrite, WriteContext | undefined>({
    mutationKey: BOOKMARK_WRITES_KEY,
    mutationFn: perform,
    // The database is on the device; a failed write is reported, not retried behind the reader's back.
    networkMode: 'always',
    retry: false,
    // A failure stays until dismissed; forgetSettledWrites keeps the cache small.
    gcTime: Infinity,
    onMutate: async (write) => {
      forgetSettledWrites(queryClient);
      if (!queryClient.getQueryData(BOOKMARK_SUMMARIES_KEY)) await queryClient.ensureQueryData(bookmarkSummariesQueryOptions()).catch(() => undefined);
      // A read in flight must not land over what the write shows.
      await queryClient.cancelQueries({ queryKey: BOOKMARK_SUMMARIES_KEY });
      const shown = queryClient.getQueryData(BOOKMARK_SUMMARIES_KEY)?.byId;
      const before = new Map(idsOfWrite(write).map((id) => [id, shown?.get(id) ?? null]));
      setSummaries(queryClient, optimisticChanges(write, shown), { force: true });
      return { before };
    },
    onError: async (error, write, context) => {
      console.warn(`bookmarks: ${write.action} failed`, error);
      // Ids another write is still changing are left to it (this write still counts).
      const ids = idsOfWrite(write).filter((id) => writesInFlight(queryClient, id) <= 1);
      try {
        await rereadBookmarks(queryClient, ids, { force: true });
      } catch {
        setSummaries(queryClient, new Map(ids.map((id) => [id, context?.before.get(id) ?? null])), { force: true });
      }
    },
    onSuccess: (result, write) => {
      const changes = [...storedChanges(result, write)].filter(([id]) => writesInFlight(queryClient, id) <= 1);
      setSummaries(queryClient, new Map(changes), { force: true });
      announceDbChange({ kind: 'bookmarks', ids: idsOfWrite(write) });
      if (result.action === 'remove') return;
      void requestPersistenceOnce(queryClient);
      if (result.action === 'merge') void syncBookmarksWithBundle({ force: true });
      else if (result.stored.article) void cacheArticleImages(result.stored.article);
      else void refreshFromBundle(result.stored.id);
    },
  });
}

function isArticle(value: ArticleMeta): value is ArticleContent {
  return 'html' in value && typeof (value as { html?: unknown }).html === 'string';
}

export interface BookmarkActions {
  /**
   * Bookmarks the article if this tab shows it as not bookmarked, else removes it. Pass
   * the metadata (or the article) when at hand; the whole article is then fetched and
   * stored, with its images. Resolves false when the write failed (see useBookmarkFailure).
   */
  toggle(target: string | ArticleMeta): Promise<boolean>;
  /** Removes a bookmark; resolves with the removed record (for undo), undefined if none or failed. */
  remove(id: string): Promise<BookmarkEntry | undefined>;
  /** Puts several removed bookmarks back in one write (undo of several removals). */
  restore(entries: readonly BookmarkEntry[]): Promise<boolean>;
  /** Merges checked records of an import file (see bookmark-file.ts); null when the write failed. */
  importEntries(entries: readonly BookmarkEntry[]): Promise<MergeCounts | null>;
}

export function useBookmarkActions(): BookmarkActions {
  const queryClient = useQueryClient();
  const { mutateAsync } = useMutation(bookmarkWriteOptions(queryClient));
  return useMemo(() => {
    const write = (variables: BookmarkWrite): Promise<WriteResult | null> => mutateAsync(variables).catch(() => null);
    return {
      toggle: async (target) => {
        const id = typeof target === 'string' ? target : target.id;
        const shown =
          queryClient.getQueryData(BOOKMARK_SUMMARIES_KEY) ?? (await queryClient.ensureQueryData(bookmarkSummariesQueryOptions()).catch(() => undefined));
        if (shown?.byId.has(id)) return (await write({ action: 'remove', id })) !== null;
        const article = queryClient.getQueryData(articleKey(id)) ?? (typeof target !== 'string' && isArticle(target) ? target : null);
        const meta = article ? null : typeof target === 'string' ? cachedMetaOf(queryClient, id) : metaOfArticle(target);
        return (await write({ action: 'save', id, article, meta, at: Date.now() })) !== null;
      },
      remove: async (id) => {
        const result = await write({ action: 'remove', id });
        return result?.action === 'remove' ? result.removed : undefined;
      },
      restore: async (entries) => entries.length === 0 || (await write({ action: 'restore', entries })) !== null,
      importEntries: async (entries) => {
        if (entries.length === 0) return { added: 0, updated: 0, unchanged: 0 };
        const result = await write({ action: 'import', entries });
        return result?.action === 'merge' ? result.counts : null;
      },
    };
  }, [queryClient, mutateAsync]);
}

/** The last write that failed, until dismissed or a later write of the same article succeeds. */
export function useBookmarkFailure(): BookmarkFailure | null {
  const writes = useMutationState({ filters: { mutationKey: BOOKMARK_WRITES_KEY }, select: (mutation) => factsOf(mutation as WriteMutation) });
  return useMemo(() => {
    const ordered = [...writes].sort((a, b) => a.at - b.at);
    const failed = ordered[currentFailureIndex(ordered)];
    return failed?.action && failed.problem ? { id: failed.id, action: failed.action, problem: failed.problem, at: failed.at } : null;
  }, [writes]);
}

/** Forgets the failures (the alert's dismiss button). */
export function dismissBookmarkFailure(queryClient: QueryClient): void {
  const cache = queryClient.getMutationCache();
  for (const mutation of bookmarkWrites(queryClient)) if (mutation.state.status === 'error') cache.remove(mutation);
}
