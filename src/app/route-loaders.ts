import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

import { getArticleQueryOptions } from '../bundle/article-query';
import { getStockDirectoryQueryOptions } from '../bundle/stock-directory-query';
import { isArticleId } from '../shared/article-id';
import { isStockCode } from '../shared/stock-markets';
import { parseListFilters } from '../shared/list-filters';
import { parseListQuery } from '../shared/list-query';
import { isSearchable, planSearch } from '../shared/search-match';
import { getSearchAnswerQueryOptions } from '../bundle/search-query';
import { prefetchListData } from '../features/articles/list/prefetch-list-data';
import { prefetchManifest } from './routes/prefetch';

/**
 * The routes' loaders, kept out of the routes' lazily loaded code so that data and code
 * load in parallel: each starts (never awaits past the manifest) the queries its page
 * reads, with the same queryOptions factories. Loaders never throw for bundle errors:
 * the pages show those with a retry button.
 */

/** "/": the list's first screen for the filters in the URL. */
export function articleListLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const manifest = await prefetchManifest(queryClient);
    const url = new URL(request.url);
    const query = parseListQuery(url.search);
    const filters = parseListFilters(url.search);
    if (manifest) prefetchListData(queryClient, manifest, filters, { rowsOnly: query.text !== '' && !filters.unread });
    // A search starts on the index as the page's code loads.
    const plan = planSearch(query.text);
    if (manifest && isSearchable(plan)) void queryClient.prefetchQuery(getSearchAnswerQueryOptions(queryClient, manifest, plan));
    return null;
  };
}

/** "/articles/:id": the article file; the manifest says where it is. */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const manifest = await prefetchManifest(queryClient);
    if (manifest && params.id && isArticleId(params.id)) void queryClient.prefetchQuery(getArticleQueryOptions(manifest, params.id));
    return null;
  };
}

/** "/stocks/:code": the stock's list. */
export function stockLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const manifest = await prefetchManifest(queryClient);
    const code = params.code?.toLowerCase() ?? '';
    if (manifest && isStockCode(code)) prefetchListData(queryClient, manifest, { categories: [], stock: code });
    return null;
  };
}

/** "/stocks": the stock directory. */
export function stocksLoader(queryClient: QueryClient) {
  return async () => {
    const manifest = await prefetchManifest(queryClient);
    if (manifest) void queryClient.prefetchQuery(getStockDirectoryQueryOptions(manifest));
    return null;
  };
}

/**
 * "/bookmarks": starts the manifest (for checking the bookmarks against the current
 * bundle) without waiting on it: the bookmarks come from the device, so the page must
 * open at once offline.
 */
export function bookmarksLoader(queryClient: QueryClient) {
  return () => {
    void prefetchManifest(queryClient);
    return null;
  };
}
