import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';

import type { Article, Manifest } from '../../../shared/bundle-types';
import { fetchBundleJson } from '../../../lib/fetch-bundle-json';
import { parseArticle } from './parse-article';

export function articleFile(manifest: Pick<Manifest, 'articlePath'>, id: string): string {
  return manifest.articlePath.replace('{id}', encodeURIComponent(id));
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
