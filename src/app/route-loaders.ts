import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

import { getArticleQueryOptions } from '../bundle/article-query';
import { getManifestQueryOptions } from '../bundle/manifest-query';
import { getStockDirectoryQueryOptions } from '../bundle/stock-directory-query';
import { isArticleId } from '../shared/article-id';
import { isStockCode } from '../shared/stock-markets';
import { parseListFilters } from '../shared/list-filters';
import { parseListQuery } from '../shared/list-query';
import { isSearchable, planSearch } from '../shared/search-match';
import { getSearchAnswerQueryOptions } from '../bundle/search-query';
import { prefetchListData } from '../features/articles/list/prefetch-list-data';

/**
 * The routes' loaders, kept out of the routes' lazily loaded code so that data and code
 * load in parallel. Each ensures the manifest (a few kB, fetched once a visit): when it
 * cannot be had the loader throws, and the route's error element says why, with a retry.
 * Past the manifest a loader only starts the page's files (the same queryOptions the
 * page reads with useSuspenseQuery) and does not wait for them: the page shows at once,
 * its Suspense fallback standing in for what is still on the way, and a file that fails
 * throws from the page to the same error element.
 */

const ensureManifest = (queryClient: QueryClient) => queryClient.ensureQueryData(getManifestQueryOptions());

/** "/": the list's first screen for the filters in the URL. */
export function articleListLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const manifest = await ensureManifest(queryClient);
    const url = new URL(request.url);
    const query = parseListQuery(url.search);
    const filters = parseListFilters(url.search);
    prefetchListData(queryClient, manifest, filters, { rowsOnly: query.text !== '' && !filters.unread });
    // A search starts on the index as the page's code loads.
    const plan = planSearch(query.text);
    if (isSearchable(plan)) void queryClient.prefetchQuery(getSearchAnswerQueryOptions(queryClient, manifest, plan));
    return null;
  };
}

/** "/articles/:id": the article file; the manifest says where it is. */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const manifest = await ensureManifest(queryClient);
    if (params.id && isArticleId(params.id)) void queryClient.prefetchQuery(getArticleQueryOptions(manifest, params.id));
    return null;
  };
}

/** "/stocks/:code": the stock directory (the stock's name, its facet) and the stock's list. */
export function stockLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const manifest = await ensureManifest(queryClient);
    const code = params.code?.toLowerCase() ?? '';
    if (isStockCode(code)) prefetchListData(queryClient, manifest, { categories: [], stock: code });
    return null;
  };
}

/** "/stocks": the stock directory. */
export function stocksLoader(queryClient: QueryClient) {
  return async () => {
    const manifest = await ensureManifest(queryClient);
    void queryClient.prefetchQuery(getStockDirectoryQueryOptions(manifest));
    return null;
  };
}

/**
 * "/bookmarks": starts the manifest (for checking the bookmarks against the current
 * bundle) without waiting on it or failing with it: the bookmarks come from the device,
 * so the page must open at once offline.
 */
export function bookmarksLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(getManifestQueryOptions());
    return null;
  };
}
