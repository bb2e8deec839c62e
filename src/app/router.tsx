import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';

import { paths } from '../config/paths';
import { articleListLoader, articleLoader, bookmarksLoader, stockLoader, stocksLoader } from './route-loaders';
import { HydrateFallback } from './routes/hydrate-fallback';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { BundleRouteError } from './routes/bundle-route-error';

/** The app may be served below a sub-path; Vite's base (e.g. "/ducai/") is the router's basename. */
const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';

/**
 * Data mode with route-level code splitting: each page's code is its own chunk, loaded
 * (`lazy`) when the route is first visited, while its loader — in the entry chunk, with
 * the same queryOptions factories the page reads — starts the data in parallel. The list
 * paints without the reader's code (DOMPurify among it), and the reader without the list's.
 * Each page of the bundle has an error element for what its loader or its data could not
 * give (BundleRouteError; the article's own, which can offer a saved copy); the root's
 * catches the rest. /bookmarks has none of its own: it needs no bundle.
 */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(
    [
      {
        element: <RootLayout />,
        errorElement: <RouteError />,
        hydrateFallbackElement: <HydrateFallback />,
        children: [
          {
            path: paths.home.path,
            loader: articleListLoader(queryClient),
            errorElement: <BundleRouteError />,
            lazy: { Component: async () => (await import('./routes/article-list')).ArticleListRoute },
          },
          {
            path: paths.article.path,
            loader: articleLoader(queryClient),
            lazy: {
              Component: async () => (await import('./routes/article')).ArticleRoute,
              ErrorBoundary: async () => (await import('./routes/article')).ArticleRouteError,
            },
          },
          {
            path: paths.bookmarks.path,
            loader: bookmarksLoader(queryClient),
            lazy: { Component: async () => (await import('./routes/bookmarks')).BookmarksRoute },
          },
          {
            path: paths.stocks.path,
            loader: stocksLoader(queryClient),
            errorElement: <BundleRouteError />,
            lazy: { Component: async () => (await import('./routes/stocks')).StocksRoute },
          },
          {
            path: paths.stock.path,
            loader: stockLoader(queryClient),
            errorElement: <BundleRouteError />,
            lazy: { Component: async () => (await import('./routes/stock')).StockRoute },
          },
          { path: paths.notFound.path, element: <NotFoundRoute /> },
        ],
      },
    ],
    { basename },
  );
}
