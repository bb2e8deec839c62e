import type { QueryClient } from '@tanstack/react-query';

import { getArticleIndexQueryOptions } from '../../features/articles/api/get-article-index';
import { getMetaPageQueryOptions } from '../../features/articles/api/get-meta-page';
import { ArticleBrowser } from '../../features/articles/components/article-browser';
import { prefetchManifest } from './prefetch';

/** Starts the index and the first page of metadata as soon as the manifest is known. */
export function articleListLoader(queryClient: QueryClient) {
  return async () => {
    const manifest = await prefetchManifest(queryClient);
    if (manifest) {
      void queryClient.prefetchQuery(getArticleIndexQueryOptions(manifest));
      void queryClient.prefetchQuery(getMetaPageQueryOptions(manifest, 1));
    }
    return null;
  };
}

/** "/": the article list with its filters. */
export function ArticleListRoute() {
  return <ArticleBrowser />;
}
