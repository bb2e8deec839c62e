import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';

import type { Article, Manifest } from '../../../shared/bundle-types';
import { fetchBundleJson } from '../../../lib/fetch-bundle-json';
import { parseArticle } from './parse-article';

/**
 * The article's file, versioned by the bundle's build time: the service worker caches
 * article files cache-first, so a rebuilt bundle must change the URL for readers to see
 * a re-ingested article (offline, the worker falls back to any cached version).
 */
export function articleFile(manifest: Pick<Manifest, 'articlePath' | 'generatedAt'>, id: string): string {
  return `${manifest.articlePath.replace('{id}', encodeURIComponent(id))}?v=${encodeURIComponent(manifest.generatedAt)}`;
}

export async function getArticle(manifest: Manifest, id: string, signal?: AbortSignal): Promise<Article> {
  const file = articleFile(manifest, id);
  return parseArticle(await fetchBundleJson(file, signal), file, id);
}

/** One article with its body; waits for the manifest, which says where articles live. */
export function getArticleQueryOptions(manifest: Manifest | undefined, id: string) {
  return queryOptions({
    queryKey: ['bundle', 'article', id],
    queryFn: manifest ? ({ signal }) => getArticle(manifest, id, signal) : skipToken,
    staleTime: Infinity,
  });
}

export function useArticle(manifest: Manifest | undefined, id: string) {
  return useQuery(getArticleQueryOptions(manifest, id));
}
