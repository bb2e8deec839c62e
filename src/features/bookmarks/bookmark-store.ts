/* eslint-disable max-lines -- the hand-written store this file still is becomes TanStack Query state and mutations (issue 11); the limit applies again then */
import { useMemo, useSyncExternalStore } from 'react';

import { BundleError } from '../../lib/bundle-error';
import { announceDbChange, getDucaiDb, metaOfArticle, onDbChange, writeTransaction, type StoredBookmark } from '../../lib/ducai-db';
import { queryClient } from '../../lib/query-client';
import type { Article, ArticleContent, ArticleMeta, Manifest } from '../../shared/bundle-types';
import { getArticle, getArticleQueryOptions } from '../../bundle/article-query';
import { cachedMetaOf } from '../../bundle/cached-meta';
import { getManifestQueryOptions } from '../../bundle/manifest-query';
import { mergeBookmark, needsRefresh, newBookmark, sortBookmarks, withArticle, type BookmarkEntry, type BookmarkSort } from './bookmark-entry';
import { cacheArticleImages } from './bookmark-images';
import { storageProblemOf, type StorageProblem } from './storage-problem';

/**
 * Bookmarks (收藏), kept in IndexedDB (src/lib/ducai-db.ts) as whole articles, so a
 * bookmarked article opens offline and after the bundle is rebuilt without it.
 *
 * - Every write is a read-modify-write of single keys inside one transaction, never a
 *   whole-set overwrite, so fast toggles in several tabs lose nothing. The UI changes at
 *   once (optimistically); a write that fails puts back what is stored and sets
 *   `useBookmarkFailure()`, which the toggle and /bookmarks show as an alert.
 * - Tabs tell each other what changed (BroadcastChannel `ducai-bookmarks`) and re-read
 *   everything when focused.
 * - Each page load (and on /bookmarks, and when the network returns) the stored copies
 *   are checked against the current bundle: a changed `rev` is fetched and replaces the
 *   copy; an article the bundle no longer has is marked `missingSince` (已不在当前数据中)
 *   and its saved copy is put into the query cache, so the reading view opens it.
 * - The ids of the first version (localStorage `ducai:bookmarks:v0`) are moved into the
 *   database on first use; the key is removed only after that write committed.
 *
 * Memory holds summaries (metadata, no html); whole articles are read from the database.
 */

export const LEGACY_BOOKMARKS_KEY = 'ducai:bookmarks:v0';

/** A bookmark as lists show it: everything but the article's body. */
export interface BookmarkSummary {
  readonly id: string;
  readonly savedAt: number;
  /** Title, date, categories …; null when only the id is known (not fetched yet). */
  readonly meta: ArticleMeta | null;
  readonly rev: string | null;
  readonly refreshedAt: number | null;
  /** Set when the current bundle no longer has the article (已不在当前数据中). */
  readonly missingSince: number | null;
  /** Whether the whole article is saved (it opens offline). */
  readonly hasArticle: boolean;
}

export type BookmarkAction = 'save' | 'remove' | 'restore' | 'import';

/** A write that failed; nothing was changed by it. */
export interface BookmarkFailure {
  /** The article concerned; null for an action on several. */
  readonly id: string | null;
  readonly action: BookmarkAction;
  readonly problem: StorageProblem;
  readonly at: number;
}

export type BookmarksStatus = 'loading' | 'ready' | 'unavailable';

interface State {
  readonly status: BookmarksStatus;
  /** Why the database could not be read, when `unavailable`. */
  readonly loadProblem: StorageProblem | null;
  readonly byId: ReadonlyMap<string, BookmarkSummary>;
  readonly ids: ReadonlySet<string>;
  readonly failure: BookmarkFailure | null;
}

let state: State = { status: 'loading', loadProblem: null, byId: new Map(), ids: new Set(), failure: null };
const listeners = new Set<() => void>();
/** Writes in flight per id: re-reads leave those ids to the write. */
const pending = new Map<string, number>();

function setState(patch: Partial<State>) {
  const byId = patch.byId ?? state.byId;
  state = { ...state, ...patch, ids: patch.byId ? new Set(byId.keys()) : state.ids };
  for (const listener of listeners) listener();
}

function summaryOf(entry: StoredBookmark): BookmarkSummary {
  return {
    id: entry.id,
    savedAt: entry.savedAt,
    meta: entry.article ? metaOfArticle(entry.article) : entry.meta,
    rev: entry.rev,
    refreshedAt: entry.refreshedAt,
    missingSince: entry.missingSince,
    hasArticle: entry.article !== null,
  };
}

function putSummaries(changes: ReadonlyMap<string, BookmarkSummary | null>, { force = false } = {}) {
  const byId = new Map(state.byId);
  let changed = false;
  for (const [id, summary] of changes) {
    if (!force && pending.has(id)) continue;
    if (summary) byId.set(id, summary);
    else if (!byId.has(id)) continue;
    else byId.delete(id);
    changed = true;
  }
  if (changed) setState({ byId });
}

function setSummary(id: string, summary: BookmarkSummary | null) {
  putSummaries(new Map([[id, summary]]), { force: true });
}

function beginWrite(ids: readonly string[]) {
  for (const id of ids) pending.set(id, (pending.get(id) ?? 0) + 1);
}

function endWrite(ids: readonly string[]) {
  for (const id of ids) {
    const n = (pending.get(id) ?? 1) - 1;
    if (n <= 0) pending.delete(id);
    else pending.set(id, n);
  }
}

function fail(id: string | null, action: BookmarkAction, error: unknown) {
  console.warn(`bookmarks: ${action} failed`, error);
  setState({ failure: { id, action, problem: storageProblemOf(error), at: Date.now() } });
}

function succeed(ids: readonly string[]) {
  if (state.failure && (state.failure.id === null || ids.includes(state.failure.id))) setState({ failure: null });
  announceDbChange({ kind: 'bookmarks', ids });
}

/** Forgets the last failure (the alert's dismiss button). */
export function dismissBookmarkFailure(): void {
  if (state.failure) setState({ failure: null });
}

// ---------------------------------------------------------------------------- reading

async function reloadAll(): Promise<void> {
  const db = await getDucaiDb();
  const entries = await db.getAll('bookmarks');
  const fresh = new Map(entries.map((entry) => [entry.id, summaryOf(entry)]));
  const byId = new Map(fresh);
  // Ids with a write in flight keep what this tab shows until the write settles.
  for (const id of pending.keys()) {
    const shown = state.byId.get(id);
    if (shown) byId.set(id, shown);
    else byId.delete(id);
  }
  setState({ byId, status: 'ready', loadProblem: null });
}

async function reloadKeys(ids: readonly string[], options: { force?: boolean } = {}): Promise<void> {
  const db = await getDucaiDb();
  const tx = db.transaction('bookmarks');
  const entries = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  putSummaries(new Map(ids.map((id, i) => [id, entries[i] ? summaryOf(entries[i]) : null])), options);
}

/** Ids from the first version's localStorage key; null when there is none (or it is unreadable). */
function readLegacyIds(): string[] | null {
  try {
    const raw = localStorage.getItem(LEGACY_BOOKMARKS_KEY);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    // A corrupt value is left in place, never overwritten unasked.
    return Array.isArray(parsed) ? [...new Set(parsed.filter((v): v is string => typeof v === 'string' && v !== ''))] : null;
  } catch {
    return null;
  }
}

const LEGACY_FETCH_TIMEOUT_MS = 6000;

/** Fetches what articles it can within the time limit; ids that fail are simply absent. */
async function fetchArticles(ids: readonly string[], timeoutMs: number): Promise<Map<string, ArticleContent>> {
  const found = new Map<string, ArticleContent>();
  const signal = AbortSignal.timeout(timeoutMs);
  let manifest: Manifest;
  try {
    manifest = await Promise.race([
      queryClient.fetchQuery(getManifestQueryOptions()),
      new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error))),
    ]);
  } catch {
    return found;
  }
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        found.set(id, await getArticle(manifest, id, null, signal));
      } catch {
        // Kept as a bookmark of the id alone; the bundle check fills it in later.
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return found;
}

/**
 * Moves the localStorage ids of the first version into the database: each with its
 * article when it can be fetched now, else with the id alone (never dropped). The key
 * goes only after the write committed.
 */
async function migrateLegacyBookmarks(): Promise<void> {
  const ids = readLegacyIds();
  if (ids === null) return;
  const articles = ids.length > 0 ? await fetchArticles(ids, LEGACY_FETCH_TIMEOUT_MS) : new Map<string, ArticleContent>();
  const now = Date.now();
  await writeTransaction(['bookmarks'], async (tx) => {
    const store = tx.objectStore('bookmarks');
    for (const id of ids) {
      if (await store.get(id)) continue;
      await store.put(newBookmark(id, { article: articles.get(id) ?? null, meta: null, now }));
    }
  });
  try {
    localStorage.removeItem(LEGACY_BOOKMARKS_KEY);
  } catch {
    // Migrating again next time only finds the ids already there.
  }
  announceDbChange({ kind: 'bookmarks', ids });
  for (const article of articles.values()) void cacheArticleImages(article);
}

let started: Promise<void> | null = null;

/** Opens the database (migrating), loads the bookmarks, starts listening; once per page. */
function start(): Promise<void> {
  started ??= (async () => {
    // Until the database answers, the first version's ids show as bookmarked.
    const legacy = readLegacyIds();
    if (legacy && legacy.length > 0) {
      putSummaries(new Map(legacy.map((id) => [id, { id, savedAt: 0, meta: null, rev: null, refreshedAt: null, missingSince: null, hasArticle: false }])));
    }
    try {
      await getDucaiDb();
      await migrateLegacyBookmarks().catch((error: unknown) => console.warn('bookmarks: migrating the first version failed', error));
      await reloadAll();
    } catch (error) {
      console.warn('bookmarks: the database cannot be read', error);
      setState({ status: 'unavailable', loadProblem: storageProblemOf(error) });
    }
    if (typeof window !== 'undefined') {
      onDbChange((change) => {
        if (change.kind !== 'bookmarks') return;
        const reload = change.ids === 'all' ? reloadAll() : reloadKeys(change.ids);
        reload.catch(() => {});
      });
      const reread = () => void reloadAll().catch(() => {});
      window.addEventListener('focus', reread);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') reread();
      });
      window.addEventListener('online', () => void syncBookmarksWithBundle({ force: true }));
    }
    void syncBookmarksWithBundle();
  })();
  return started;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void start();
  return () => listeners.delete(listener);
}

export interface BookmarksView {
  readonly status: BookmarksStatus;
  readonly loadProblem: StorageProblem | null;
  readonly bookmarks: readonly BookmarkSummary[];
}

/** Every bookmark, newest saved first (`saved`, default) or newest article first (`date`). */
export function useBookmarks(sort: BookmarkSort = 'saved'): BookmarksView {
  const current = useSyncExternalStore(subscribe, () => state);
  const { status, loadProblem, byId } = current;
  const bookmarks = useMemo(() => sortBookmarks([...byId.values()], sort), [byId, sort]);
  return useMemo(() => ({ status, loadProblem, bookmarks }), [status, loadProblem, bookmarks]);
}

export function useIsBookmarked(id: string): boolean {
  return useSyncExternalStore(subscribe, () => state.ids.has(id));
}

/** Whether the article is bookmarked and the current bundle was found not to hold it. */
export function useIsMissingBookmark(id: string): boolean {
  return useSyncExternalStore(subscribe, () => (state.byId.get(id)?.missingSince ?? null) !== null);
}

/** How many bookmarks there are (for the header's badge). */
export function useBookmarkCount(): number {
  return useSyncExternalStore(subscribe, () => state.ids.size);
}

/** The last write that failed, until dismissed or a later write of the same article succeeds. */
export function useBookmarkFailure(): BookmarkFailure | null {
  return useSyncExternalStore(subscribe, () => state.failure);
}

/** The stored record, article included. */
export async function getBookmark(id: string): Promise<BookmarkEntry | undefined> {
  await start();
  try {
    return await (await getDucaiDb()).get('bookmarks', id);
  } catch {
    return undefined;
  }
}

/**
 * The saved copy of a bookmarked article, for the reading view to fall back on when the
 * bundle has no such article (or cannot be reached). Undefined when not bookmarked or
 * not saved whole.
 */
export async function getBookmarkedArticle(id: string): Promise<ArticleContent | undefined> {
  return (await getBookmark(id))?.article ?? undefined;
}

/** Every record, articles included, for the export file. */
export async function getAllBookmarks(): Promise<BookmarkEntry[]> {
  await start();
  return (await getDucaiDb()).getAll('bookmarks');
}

/** The reading view's query key for an article, under the bundle version in the cache. */
function articleKey(id: string) {
  return getArticleQueryOptions(queryClient.getQueryData(getManifestQueryOptions().queryKey), id).queryKey;
}

/** A saved copy as the reading view's query holds articles (copies of schema 1 have no neighbours). */
function asCachedArticle(article: ArticleContent): Article {
  return { neighbours: { newer: null, older: null }, ...article };
}

/**
 * Puts the saved copy into the query cache when the cache has none (or only an error),
 * so the reading view opens it at once, offline or after a rebuild without it.
 * Resolves true when the cache has the article afterwards.
 */
export async function primeArticleFromBookmark(id: string): Promise<boolean> {
  if (queryClient.getQueryData(articleKey(id))) return true;
  const article = await getBookmarkedArticle(id);
  if (!article) return false;
  if (!queryClient.getQueryData(articleKey(id))) queryClient.setQueryData(articleKey(id), asCachedArticle(article));
  return true;
}

// ---------------------------------------------------------------------------- writing

function isArticle(value: ArticleMeta): value is ArticleContent {
  return 'html' in value && typeof (value as { html?: unknown }).html === 'string';
}

let persistenceAsked = false;

/** Asks the browser not to evict the site's storage, once a bookmark has been saved. */
async function requestPersistenceOnce(): Promise<void> {
  if (persistenceAsked || state.ids.size === 0) return;
  persistenceAsked = true;
  try {
    if (navigator.storage?.persisted && !(await navigator.storage.persisted())) await navigator.storage.persist?.();
  } catch {
    // Not supported: the storage info on /bookmarks says it is not persistent.
  }
  storageListeners.forEach((listener) => listener());
}

const storageListeners = new Set<() => void>();

/** Called when persistence may have changed (for the storage info). */
export function onPersistenceChange(listener: () => void): () => void {
  storageListeners.add(listener);
  return () => storageListeners.delete(listener);
}

async function addBookmark(target: string | ArticleMeta): Promise<boolean> {
  const id = typeof target === 'string' ? target : target.id;
  const article = queryClient.getQueryData(articleKey(id)) ?? (typeof target !== 'string' && isArticle(target) ? target : null);
  const meta = article ? null : typeof target === 'string' ? cachedMetaOf(queryClient, id) : metaOfArticle(target);
  const draft = newBookmark(id, { article, meta, now: Date.now() });
  const before = state.byId.get(id) ?? null;
  beginWrite([id]);
  setSummary(id, summaryOf(draft));
  let stored: BookmarkEntry;
  try {
    await start();
    stored = await writeTransaction(['bookmarks'], async (tx) => {
      const store = tx.objectStore('bookmarks');
      const existing = await store.get(id);
      // Already saved (by another tab): keep it, with the newer copy of the article.
      const entry = existing ? mergeBookmark(existing, { ...draft, savedAt: existing.savedAt }).entry : draft;
      if (entry !== existing) await store.put(entry);
      return entry;
    });
  } catch (error) {
    endWrite([id]);
    await revert(id, before);
    fail(id, 'save', error);
    return false;
  }
  endWrite([id]);
  // A later write of the same id (a quick second click) has the last word on what shows.
  if (!pending.has(id)) setSummary(id, summaryOf(stored));
  succeed([id]);
  void requestPersistenceOnce();
  if (stored.article) void cacheArticleImages(stored.article);
  else void refreshFromBundle(id);
  return true;
}

/** After a failed write: what is stored, or what was shown before if the database cannot say. */
async function revert(id: string, before: BookmarkSummary | null) {
  if (pending.has(id)) return; // a later write of the same id decides
  try {
    await reloadKeys([id], { force: true });
  } catch {
    setSummary(id, before);
  }
}

async function removeOne(id: string): Promise<{ readonly ok: boolean; readonly removed: BookmarkEntry | undefined }> {
  const before = state.byId.get(id) ?? null;
  beginWrite([id]);
  setSummary(id, null);
  try {
    await start();
    const removed = await writeTransaction(['bookmarks'], async (tx) => {
      const store = tx.objectStore('bookmarks');
      const existing = await store.get(id);
      if (existing) await store.delete(id);
      return existing;
    });
    endWrite([id]);
    if (!pending.has(id)) setSummary(id, null);
    succeed([id]);
    return { ok: true, removed };
  } catch (error) {
    endWrite([id]);
    await revert(id, before);
    fail(id, 'remove', error);
    return { ok: false, removed: undefined };
  }
}

/**
 * Bookmarks the article if this tab shows it as not bookmarked, else removes it. Pass the
 * metadata (or the article) when at hand; the whole article is then fetched and stored,
 * with its images. Resolves false when the write failed (see useBookmarkFailure).
 */
export async function toggleBookmark(target: string | ArticleMeta): Promise<boolean> {
  const id = typeof target === 'string' ? target : target.id;
  if (state.ids.has(id)) return (await removeOne(id)).ok;
  return addBookmark(target);
}

/** Removes a bookmark; resolves with the removed record (for undo), undefined if none or failed. */
export async function removeBookmark(id: string): Promise<BookmarkEntry | undefined> {
  return (await removeOne(id)).removed;
}

export interface MergeCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** Merges records into the store in one transaction: all are written or none. */
async function mergeEntries(entries: readonly BookmarkEntry[], action: BookmarkAction): Promise<MergeCounts | null> {
  const ids = entries.map((entry) => entry.id);
  const before = new Map(ids.map((id) => [id, state.byId.get(id) ?? null]));
  beginWrite(ids);
  // Shown at once; the stored copy (if newer) replaces it when the write commits.
  putSummaries(new Map(entries.filter((e) => !state.ids.has(e.id)).map((e) => [e.id, summaryOf(e)])), { force: true });
  let result: { counts: MergeCounts; merged: BookmarkEntry[] };
  try {
    await start();
    result = await writeTransaction(['bookmarks'], async (tx) => {
      const store = tx.objectStore('bookmarks');
      const counts = { added: 0, updated: 0, unchanged: 0 };
      const merged: BookmarkEntry[] = [];
      for (const incoming of entries) {
        const { entry, change } = mergeBookmark(await store.get(incoming.id), incoming);
        counts[change]++;
        if (change !== 'unchanged') await store.put(entry);
        merged.push(entry);
      }
      return { counts, merged };
    });
  } catch (error) {
    endWrite(ids);
    try {
      await reloadKeys(
        ids.filter((id) => !pending.has(id)),
        { force: true },
      );
    } catch {
      putSummaries(before, { force: true });
    }
    fail(null, action, error);
    return null;
  }
  endWrite(ids);
  putSummaries(new Map(result.merged.map((entry) => [entry.id, summaryOf(entry)])));
  succeed(ids);
  void requestPersistenceOnce();
  void syncBookmarksWithBundle({ force: true });
  return result.counts;
}

/** Puts several removed bookmarks back in one write (undo of several removals). */
export async function restoreBookmarks(entries: readonly BookmarkEntry[]): Promise<boolean> {
  return entries.length === 0 || (await mergeEntries(entries, 'restore')) !== null;
}

/** Merges checked records of an import file (see bookmark-file.ts); null when the write failed. */
export async function importBookmarks(entries: readonly BookmarkEntry[]): Promise<MergeCounts | null> {
  if (entries.length === 0) return { added: 0, updated: 0, unchanged: 0 };
  return mergeEntries(entries, 'import');
}

// ---------------------------------------------------------------------- bundle check

/** Read-modify-write of one record, if it still exists; a failure here is not the reader's doing and only logged. */
async function updateStored(id: string, update: (entry: BookmarkEntry) => BookmarkEntry | null): Promise<BookmarkEntry | null> {
  try {
    const next = await writeTransaction(['bookmarks'], async (tx) => {
      const store = tx.objectStore('bookmarks');
      const existing = await store.get(id);
      if (!existing) return null; // removed meanwhile: never bring it back
      const changed = update(existing);
      if (changed) await store.put(changed);
      return changed;
    });
    if (next) {
      putSummaries(new Map([[id, summaryOf(next)]]));
      announceDbChange({ kind: 'bookmarks', ids: [id] });
    }
    return next;
  } catch (error) {
    console.warn('bookmarks: updating a saved copy failed', error);
    return null;
  }
}

async function storeRefreshed(id: string, article: ArticleContent): Promise<void> {
  const next = await updateStored(id, (entry) =>
    entry.article && entry.rev === article.rev && entry.missingSince === null ? null : withArticle(entry, article, Date.now()),
  );
  if (next) void cacheArticleImages(article);
}

async function markMissing(id: string): Promise<void> {
  const next = await updateStored(id, (entry) => (entry.missingSince === null ? { ...entry, missingSince: Date.now() } : null));
  // The bundle has no copy: the reading view gets the saved one.
  const article = next?.article ?? (await getBookmarkedArticle(id));
  if (article) queryClient.setQueryData(articleKey(id), asCachedArticle(article));
}

async function markPresent(id: string): Promise<void> {
  await updateStored(id, (entry) => (entry.missingSince === null ? null : { ...entry, missingSince: null }));
}

/** Fetches one bookmarked article from the bundle and stores it if it changed. */
async function refreshFromBundle(id: string, manifest?: Manifest): Promise<void> {
  try {
    const m = manifest ?? (await queryClient.fetchQuery(getManifestQueryOptions()));
    const cached = queryClient.getQueryData(articleKey(id));
    const article = cached && !state.byId.get(id)?.missingSince ? cached : await queryClient.fetchQuery(getArticleQueryOptions(m, id));
    await storeRefreshed(id, article);
  } catch (error) {
    if (error instanceof BundleError && error.kind === 'missing') await markMissing(id);
  }
}

/**
 * What the bundle says of one bookmark: its article file, revalidated with the server
 * (a conditional request: a few hundred bytes when unchanged), or gone (404). Nothing
 * corpus-wide is downloaded. Null when the bundle cannot be asked (offline).
 */
async function bundleCopyOf(id: string, manifest: Manifest): Promise<{ readonly missing: boolean; readonly article: Article | null } | null> {
  try {
    const article = await getArticle(manifest, id, null);
    queryClient.setQueryData(getArticleQueryOptions(manifest, id).queryKey, article);
    return { missing: false, article };
  } catch (error) {
    if (error instanceof BundleError && error.kind === 'missing') return { missing: true, article: null };
    return null;
  }
}

/** The bundle version every bookmark was last checked against, so a reload checks nothing. */
const SYNCED_VERSION_KEY = 'ducai:bookmarks:synced-version';

function syncedVersion(): string | null {
  try {
    return localStorage.getItem(SYNCED_VERSION_KEY);
  } catch {
    return null;
  }
}

async function runSync(force: boolean): Promise<void> {
  await start();
  if (state.status !== 'ready' || state.ids.size === 0) return;
  let manifest: Manifest;
  try {
    manifest = await queryClient.fetchQuery(getManifestQueryOptions());
  } catch {
    return; // offline or no bundle: nothing can be said about any bookmark
  }
  const sameBundle = !force && syncedVersion() === `${manifest.version}:${state.ids.size}`;
  const queue = [...state.byId.values()];
  let complete = true;
  const worker = async () => {
    for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) {
      if (sameBundle && entry.hasArticle) {
        // Checked against this bundle already; only images whose caching was cut short
        // (the tab closed, the network dropped) are fetched again.
        const saved = await getBookmarkedArticle(entry.id);
        if (saved) await cacheArticleImages(saved);
        continue;
      }
      const copy = await bundleCopyOf(entry.id, manifest);
      if (copy === null) complete = false;
      else if (copy.missing) await markMissing(entry.id);
      else if (copy.article && !needsRefresh(entry.hasArticle, entry.rev, copy.article.rev)) {
        if (entry.missingSince !== null) await markPresent(entry.id);
        const saved = await getBookmarkedArticle(entry.id);
        if (saved) await cacheArticleImages(saved);
      } else if (copy.article) await storeRefreshed(entry.id, copy.article); // caches the images itself
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  if (complete) {
    try {
      localStorage.setItem(SYNCED_VERSION_KEY, `${manifest.version}:${state.ids.size}`);
    } catch {
      // Checked again next time.
    }
  }
}

let syncing: Promise<void> | null = null;
let lastSync = 0;
const SYNC_INTERVAL_MS = 60_000;

/**
 * Checks every bookmark against the current bundle (see the module comment). Runs at
 * most once a minute unless forced; concurrent calls share one run. Never rejects.
 */
export function syncBookmarksWithBundle({ force = false }: { readonly force?: boolean } = {}): Promise<void> {
  if (syncing) return syncing;
  if (!force && lastSync !== 0 && Date.now() - lastSync < SYNC_INTERVAL_MS) return Promise.resolve();
  lastSync = Date.now();
  syncing = runSync(force)
    .catch((error: unknown) => console.warn('bookmarks: checking against the bundle failed', error))
    .finally(() => {
      syncing = null;
      lastSync = Date.now();
    });
  return syncing;
}
