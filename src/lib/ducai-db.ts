import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

import type { ArticleContent, ArticleMeta } from '../shared/bundle-types';
import { isRecord } from './is-record';

/**
 * The app's IndexedDB database, `ducai`: the one module that opens it. It holds what
 * must survive without the network and across bundle rebuilds: bookmarks (whole
 * articles) and read state.
 *
 * Schema history — each step is one entry of MIGRATIONS, run in order by `upgrade`,
 * inside the version-change transaction (a failed step aborts the upgrade and leaves
 * the database at its previous version, data untouched). A migration may reshape
 * records but never deletes a bookmark.
 *
 *   v1  `bookmarks` (keyPath `id`): `{ id, savedAt, article: Article | null, rev }`.
 *   v2  `bookmarks` records gain `meta`, `refreshedAt`, `missingSince`; index
 *       `savedAt`; new store `read` (keyPath `id`): `{ id, readAt }`.
 *   v3  new store `readRules` (keyPath `id`): what 全部标为已读 marked, as a filter and
 *       the newest article it covered (`StoredReadRule`), instead of one record per article.
 *       Later, without a version change (the field is optional and nothing reshapes):
 *       `read` records may say `unread: true`, an article marked unread.
 *
 * To change the schema: add a record type if it changes, bump DUCAI_DB_VERSION, append a
 * migration, and add the previous version to the upgrade test in e2e/bookmarks.spec.ts.
 */
export const DUCAI_DB_NAME = 'ducai';
export const DUCAI_DB_VERSION = 3;

/** One bookmark: the article as saved (or last refreshed from the bundle), so it opens offline. */
export interface StoredBookmark {
  /** The article id; the key. */
  readonly id: string;
  /** When it was bookmarked, epoch milliseconds. */
  readonly savedAt: number;
  /** The whole article (metadata, ingest-sanitized html, images); null until it could be fetched. */
  readonly article: ArticleContent | null;
  /** The article's metadata: the article's own, or what the list showed when saved; null when only the id is known. */
  readonly meta: ArticleMeta | null;
  /** `rev` of `article`; null without it. */
  readonly rev: string | null;
  /** When `article` was last fetched from the bundle, epoch milliseconds; null without it. */
  readonly refreshedAt: number | null;
  /** When the bundle was found not to hold the article any more; null while it does (or while unknown). */
  readonly missingSince: number | null;
}

export interface StoredRead {
  readonly id: string;
  /** When the article was (last) opened or marked read or unread, epoch milliseconds. */
  readonly readAt: number;
  /**
   * Marked unread (`m`) at `readAt`: unread whatever a 全部标为已读 made before then
   * says. Absent in records of opened articles and in those of older versions.
   */
  readonly unread?: true;
}

/**
 * 全部标为已读 over a filter: every article the filter selects that is not newer than
 * `cut` (by date, then id: the bundle's order) counts as read. One record however many
 * articles it covers, and it needs no bundle to be read back.
 */
export interface StoredReadRule {
  /** `rule-<readAt>-<random>`; the key. */
  readonly id: string;
  readonly readAt: number;
  /** The list's filters when it was marked: joined category paths (OR) and a stock code. */
  readonly categories: readonly string[];
  readonly stock: string | null;
  /** The newest article the list showed then. */
  readonly cut: { readonly id: string; readonly date: string };
}

export interface DucaiDBSchema extends DBSchema {
  bookmarks: { key: string; value: StoredBookmark; indexes: { savedAt: number } };
  read: { key: string; value: StoredRead };
  readRules: { key: string; value: StoredReadRule };
}

export type DucaiDB = IDBPDatabase<DucaiDBSchema>;
type UpgradeTransaction = IDBPTransaction<DucaiDBSchema, StoreNames<DucaiDBSchema>[], 'versionchange'>;

interface Migration {
  /** The version this step upgrades to. */
  readonly version: number;
  readonly migrate: (db: DucaiDB, tx: UpgradeTransaction) => void;
}

/** The metadata part of an article (what the list shows), without html and images. */
export function metaOfArticle(article: ArticleMeta): ArticleMeta {
  const { id, title, date, source, categories, stocks, summary, charCount, readingMinutes, headImage, byline, editor, rev } = article;
  return { id, title, date, source, categories, stocks, summary, charCount, readingMinutes, headImage, byline, editor, rev };
}

function looksLikeArticle(value: unknown): value is ArticleContent {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    typeof value.date === 'string' &&
    typeof value.html === 'string' &&
    Array.isArray(value.images) &&
    Array.isArray(value.categories) &&
    Array.isArray(value.stocks)
  );
}

/**
 * A v1 bookmark record as a v2 one. Forgiving: whatever the record holds, the bookmark
 * is kept (an unreadable article becomes null, to be fetched again from the bundle).
 */
export function upgradeBookmarkV1(value: unknown, key: string, now: number): StoredBookmark {
  const record = isRecord(value) ? value : {};
  const article = looksLikeArticle(record.article) ? record.article : null;
  const savedAt = typeof record.savedAt === 'number' && Number.isFinite(record.savedAt) ? record.savedAt : now;
  const rev = typeof record.rev === 'string' ? record.rev : (article?.rev ?? null);
  return {
    id: typeof record.id === 'string' && record.id !== '' ? record.id : key,
    savedAt,
    article,
    meta: article ? metaOfArticle(article) : null,
    rev: article ? rev : null,
    refreshedAt: article ? savedAt : null,
    missingSince: null,
  };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    migrate(db) {
      db.createObjectStore('bookmarks', { keyPath: 'id' });
    },
  },
  {
    version: 2,
    migrate(db, tx) {
      const bookmarks = tx.objectStore('bookmarks');
      bookmarks.createIndex('savedAt', 'savedAt');
      db.createObjectStore('read', { keyPath: 'id' });
      const now = Date.now();
      // The version-change transaction stays open while these requests run; an error
      // aborts it, and the database stays at v1 with every bookmark.
      void (async () => {
        let cursor = await bookmarks.openCursor();
        while (cursor) {
          await cursor.update(upgradeBookmarkV1(cursor.value, cursor.key, now));
          cursor = await cursor.continue();
        }
      })();
    },
  },
  {
    version: 3,
    migrate(db) {
      db.createObjectStore('readRules', { keyPath: 'id' });
    },
  },
];

export type DucaiDbProblem = 'unavailable' | 'version';

/** The database could not be opened: no IndexedDB (some private modes, storage disabled), or a newer schema. */
export class DucaiDbError extends Error {
  override readonly name = 'DucaiDbError';
  readonly problem: DucaiDbProblem;

  constructor(problem: DucaiDbProblem, detail: string, options?: { readonly cause?: unknown }) {
    super(detail, options?.cause === undefined ? undefined : { cause: options.cause });
    this.problem = problem;
  }
}

let opening: Promise<DucaiDB> | null = null;

function open(): Promise<DucaiDB> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return Promise.reject(new DucaiDbError('unavailable', 'IndexedDB is not available'));
  }
  return openDB<DucaiDBSchema>(DUCAI_DB_NAME, DUCAI_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (const step of MIGRATIONS) if (step.version > oldVersion) step.migrate(db, tx);
    },
    blocking(_current, _blocked, event) {
      // A newer version wants to open (a tab with a newer deployment): step aside. The
      // next use here reopens, and fails with `version` until this tab is reloaded.
      (event.target as IDBDatabase | null)?.close();
      opening = null;
    },
    terminated() {
      opening = null;
    },
  }).catch((cause: unknown) => {
    const name = cause instanceof DOMException ? cause.name : '';
    if (name === 'VersionError') throw new DucaiDbError('version', 'the database is newer than this page', { cause });
    throw new DucaiDbError('unavailable', `IndexedDB refused to open: ${String(cause)}`, { cause });
  });
}

/**
 * The open database, opened (and upgraded) on first use and shared afterwards. A failed
 * open is not cached, so the next call tries again.
 */
export function getDucaiDb(): Promise<DucaiDB> {
  if (!opening) {
    const attempt = open();
    opening = attempt;
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
  }
  return opening;
}

/**
 * Runs `work` in one read-write transaction over `stores` and resolves with its result
 * once the transaction has committed; rejects (and aborts, so nothing is written) if
 * `work` throws or the commit fails (e.g. QuotaExceededError). `work` must await only
 * requests of this transaction, or the transaction auto-commits under it.
 */
export async function writeTransaction<const S extends StoreNames<DucaiDBSchema>[], T>(
  stores: S,
  work: (tx: IDBPTransaction<DucaiDBSchema, S, 'readwrite'>) => Promise<T>,
): Promise<T> {
  const db = await getDucaiDb();
  const tx = db.transaction(stores, 'readwrite');
  const done = tx.done;
  done.catch(() => {}); // observed below; keeps an abort from being reported as unhandled
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error;
  }
}

/** Name of the BroadcastChannel on which tabs tell each other what they changed. */
export const DUCAI_DB_CHANNEL = 'ducai-bookmarks';

export type DucaiDbChange =
  { readonly kind: 'bookmarks'; readonly ids: readonly string[] | 'all' } | { readonly kind: 'read'; readonly ids: readonly string[] | 'all' };

let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DUCAI_DB_CHANNEL);
  return channel;
}

/** Tells the other tabs (not this one) that records changed. */
export function announceDbChange(change: DucaiDbChange): void {
  try {
    getChannel()?.postMessage(change);
  } catch {
    // A closed channel: the other tabs re-read on focus.
  }
}

/** Calls `listener` for every change another tab announces; returns the unsubscribe. */
export function onDbChange(listener: (change: DucaiDbChange) => void): () => void {
  const ch = getChannel();
  if (!ch) return () => {};
  const onMessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (!isRecord(data) || (data.kind !== 'bookmarks' && data.kind !== 'read')) return;
    const ids = data.ids === 'all' ? 'all' : Array.isArray(data.ids) ? data.ids.filter((id): id is string => typeof id === 'string') : null;
    if (ids) listener({ kind: data.kind, ids });
  };
  ch.addEventListener('message', onMessage);
  return () => ch.removeEventListener('message', onMessage);
}
