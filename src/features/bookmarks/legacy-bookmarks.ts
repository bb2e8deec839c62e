import { getArticle } from '../../bundle/article-query';
import { getManifestQueryOptions } from '../../bundle/manifest-query';
import { announceDbChange, writeTransaction } from '../../lib/ducai-db';
import { queryClient } from '../../lib/query-client';
import type { ArticleContent, Manifest } from '../../shared/bundle-types';
import { newBookmark } from './bookmark-entry';
import { cacheArticleImages } from './bookmark-images';

/** Where the first version kept bookmarked ids (localStorage, a JSON array). */
export const LEGACY_BOOKMARKS_KEY = 'ducai:bookmarks:v0';

const LEGACY_FETCH_TIMEOUT_MS = 6000;

/** Ids from the first version's localStorage key; null when there is none (or it is unreadable). */
export function readLegacyIds(): string[] | null {
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
export async function migrateLegacyBookmarks(): Promise<void> {
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
