import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';

import { paths } from './paths';
import { ArticleRoute, articleLoader } from './routes/article';
import { ArticleListRoute, articleListLoader } from './routes/article-list';
import { BookmarksRoute, bookmarksLoader } from './routes/bookmarks';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { StockRoute, stockLoader } from './routes/stock';
import { StocksRoute, stocksLoader } from './routes/stocks';

/** The app may be served below a sub-path; Vite's base (e.g. "/ducai/") is the router's basename. */
const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';

/**
 * Data mode: each route's loader starts its queries (with the same queryOptions
 * factories the components read) so data and code load in parallel. Loaders never
 * throw for bundle errors: the components show those with a retry button.
 */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(
    [
      {
        element: <RootLayout />,
        errorElement: <RouteError />,
        children: [
          { path: paths.home.path, element: <ArticleListRoute />, loader: articleListLoader(queryClient) },
          { path: paths.article.path, element: <ArticleRoute />, loader: articleLoader(queryClient) },
          { path: paths.bookmarks.path, element: <BookmarksRoute />, loader: bookmarksLoader(queryClient) },
          { path: paths.stocks.path, element: <StocksRoute />, loader: stocksLoader(queryClient) },
          { path: paths.stock.path, element: <StockRoute />, loader: stockLoader(queryClient) },
          { path: paths.notFound.path, element: <NotFoundRoute /> },
        ],
      },
    ],
    { basename },
  );
}
