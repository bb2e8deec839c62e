import type { QueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { getArticleIndexQueryOptions } from '../../features/articles/api/get-article-index';
import { StockPage } from '../../features/stocks/components/stock-page';
import { prefetchManifest } from './prefetch';

export function stockLoader(queryClient: QueryClient) {
  return async () => {
    const manifest = await prefetchManifest(queryClient);
    if (manifest) void queryClient.prefetchQuery(getArticleIndexQueryOptions(manifest));
    return null;
  };
}

/** "/stocks/:code": one stock's page. */
export function StockRoute() {
  const { code = '' } = useParams();
  return <StockPage code={code.toLowerCase()} />;
}
