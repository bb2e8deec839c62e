import type { QueryClient } from '@tanstack/react-query';
import { useLocation, useParams, type LoaderFunctionArgs } from 'react-router';

import { getArticleQueryOptions } from '../../features/articles/api/get-article';
import { ArticleReader } from '../../features/reader/components/article-reader';
import { prefetchManifest } from './prefetch';

/** Starts loading the article with the manifest; never waits for it, never throws. */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const manifest = await prefetchManifest(queryClient);
    if (manifest && params.id) void queryClient.prefetchQuery(getArticleQueryOptions(manifest, params.id));
    return null;
  };
}

/**
 * "/articles/:id": the reading view. The search string holds the list's filters, for
 * back, previous and next. Keyed by id, so moving to another article starts afresh.
 */
export function ArticleRoute() {
  const { id = '' } = useParams();
  const { search } = useLocation();
  return <ArticleReader key={id} id={id} search={search} />;
}
