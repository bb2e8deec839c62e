import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

import { getArticleQueryOptions } from '../../features/articles/api/get-article';
import { prefetchManifest } from './prefetch';

/** Starts loading the article with the manifest; never waits for it, never throws. */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const manifest = await prefetchManifest(queryClient);
    if (manifest && params.id) void queryClient.prefetchQuery(getArticleQueryOptions(manifest, params.id));
    return null;
  };
}

/** "/articles/:id": placeholder until the reading view lands. */
export function ArticleRoute() {
  return null;
}
