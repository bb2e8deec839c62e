import { getArticleQueryOptions } from '../../bundle/article-query';
import { getManifestQueryOptions } from '../../bundle/manifest-query';
import { getDucaiDb } from '../../lib/ducai-db';
import { queryClient } from '../../lib/query-client';
import type { Article, ArticleContent } from '../../shared/bundle-types';
import type { BookmarkEntry } from './bookmark-entry';
import { prepareBookmarks } from './bookmarks-query';

/**
 * Whole bookmark records, articles included, read from the database when needed (the
 * bookmarks query holds summaries only), and the bridge from a saved copy to the
 * reading view's article query.
 */

/** The stored record, article included; undefined when none (or the database cannot say). */
export async function getBookmark(id: string): Promise<BookmarkEntry | undefined> {
  try {
    await prepareBookmarks();
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
  await prepareBookmarks();
  return (await getDucaiDb()).getAll('bookmarks');
}

/** The reading view's query key for an article, under the bundle version in the cache. */
export function articleKey(id: string) {
  return getArticleQueryOptions(queryClient.getQueryData(getManifestQueryOptions().queryKey), id).queryKey;
}

/** A saved copy as the reading view's query holds articles (copies of schema 1 have no neighbours). */
export function asCachedArticle(article: ArticleContent): Article {
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
