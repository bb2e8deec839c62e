import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';

import type { ArticleIndex, Manifest } from '../../../shared/bundle-types';
import { fetchBundleJson } from '../../../lib/fetch-bundle-json';
import { parseArticleIndex } from './parse-article-index';

export async function getArticleIndex(manifest: Manifest, signal?: AbortSignal): Promise<ArticleIndex> {
  return parseArticleIndex(await fetchBundleJson(manifest.index, signal), manifest.index, manifest.articleCount);
}

/** The whole corpus in columns, for filtering; waits for the manifest. */
export function getArticleIndexQueryOptions(manifest: Manifest | undefined) {
  return queryOptions({
    queryKey: ['bundle', 'index'],
    queryFn: manifest ? ({ signal }) => getArticleIndex(manifest, signal) : skipToken,
    staleTime: Infinity,
  });
}

export function useArticleIndex(manifest: Manifest | undefined) {
  return useQuery(getArticleIndexQueryOptions(manifest));
}
