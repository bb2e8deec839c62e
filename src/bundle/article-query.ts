import { queryOptions, skipToken, useQuery, useSuspenseQuery } from '@tanstack/react-query';

import type { Article, Manifest } from '../shared/bundle-types';
import { parseAtBoundary } from '../lib/check-json';
import { fetchBundleJson } from './fetch-bundle-json';
import { parseArticle } from './parse-article';

/**
 * An article file's URL. With the article's `rev` (known wherever its metadata was
 * seen) the URL names that exact content, so the service worker and the HTTP cache may
 * keep it forever; without it (a shared link), the plain path is revalidated with the
 * server, and a 404 there means the article is no longer in the bundle.
 */
export function articleFile(manifest: Pick<Manifest, 'files'>, id: string, rev: string | null): string {
  const path = manifest.files.article.replace('{id}', encodeURIComponent(id));
  return rev === null ? path : `${path}?v=${encodeURIComponent(rev)}`;
}

export async function getArticle(manifest: Manifest, id: string, rev: string | null, signal?: AbortSignal): Promise<Article> {
  const file = articleFile(manifest, id, rev);
  const value = await fetchBundleJson(file, signal, rev === null ? 'no-cache' : undefined);
  return parseAtBoundary(file, () => parseArticle(value, file, id));
}

/**
 * One article with its body. `rev` only picks the URL, so it is not part of the key: a
 * prefetch from the list (with rev) serves the reading view (without).
 */
export function getArticleQueryOptions(manifest: Manifest | undefined, id: string, rev: string | null = null) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'article', id],
    queryFn: manifest ? ({ signal }) => getArticle(manifest, id, rev, signal) : skipToken,
    staleTime: Infinity,
  });
}

export function useArticle(manifest: Manifest | undefined, id: string, rev: string | null = null) {
  return useQuery(getArticleQueryOptions(manifest, id, rev));
}

/**
 * The article for the reading view: suspends until it is in (the route's Suspense shows
 * the skeleton) and throws a failure to the route's error element. The key is the
 * factory's, so the loader's and the list's prefetches serve it.
 */
export function useSuspenseArticle(manifest: Manifest, id: string, rev: string | null): Article {
  const options = getArticleQueryOptions(manifest, id, rev);
  return useSuspenseQuery({ ...options, queryFn: ({ signal }) => getArticle(manifest, id, rev, signal) }).data;
}
