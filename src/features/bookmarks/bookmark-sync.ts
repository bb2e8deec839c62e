import { BundleError } from '../../lib/bundle-error';
import { announceDbChange, writeTransaction } from '../../lib/ducai-db';
import { queryClient } from '../../lib/query-client';
import type { Article, ArticleContent, Manifest } from '../../shared/bundle-types';
import { getArticle, getArticleQueryOptions } from '../../bundle/article-query';
import { getManifestQueryOptions } from '../../bundle/manifest-query';
import { needsRefresh, withArticle, type BookmarkEntry } from './bookmark-entry';
import { cacheArticleImages } from './bookmark-images';
import { articleKey, asCachedArticle, getBookmarkedArticle } from './bookmark-records';
import { summaryOf } from './bookmark-summary';
import { BOOKMARK_SUMMARIES_KEY, bookmarkSummariesQueryOptions, setSummaries } from './bookmarks-query';

/**
 * The bundle check: each page load (and on /bookmarks, and when the network returns) the
 * stored copies are checked against the current bundle. A changed `rev` is fetched and
 * replaces the copy; an article the bundle no longer has is marked `missingSince`
 * (已不在当前数据中) and its saved copy is put into the query cache, so the reading view
 * opens it. Only each bookmark's own article file is asked for, never anything corpus-wide.
 */

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
      setSummaries(queryClient, new Map([[id, summaryOf(next)]]));
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
export async function refreshFromBundle(id: string, manifest?: Manifest): Promise<void> {
  try {
    const m = manifest ?? (await queryClient.fetchQuery(getManifestQueryOptions()));
    const cached = queryClient.getQueryData(articleKey(id));
    const gone = queryClient.getQueryData(BOOKMARK_SUMMARIES_KEY)?.byId.get(id)?.missingSince ?? null;
    const article = cached && gone === null ? cached : await queryClient.fetchQuery(getArticleQueryOptions(m, id));
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
  const data = await queryClient.ensureQueryData(bookmarkSummariesQueryOptions()).catch(() => null);
  if (data === null || data.byId.size === 0) return;
  let manifest: Manifest;
  try {
    manifest = await queryClient.fetchQuery(getManifestQueryOptions());
  } catch {
    return; // offline or no bundle: nothing can be said about any bookmark
  }
  const sameBundle = !force && syncedVersion() === `${manifest.version}:${data.byId.size}`;
  const queue = [...data.byId.values()];
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
      localStorage.setItem(SYNCED_VERSION_KEY, `${manifest.version}:${data.byId.size}`);
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
