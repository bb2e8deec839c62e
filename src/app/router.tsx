import { createBrowserRouter } from 'react-router';

import { paths } from './paths';
import { ArticleListRoute } from './routes/article-list';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';

/** The app may be served below a sub-path; Vite's base (e.g. "/ducai/") is the router's basename. */
const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';

export function createAppRouter() {
  return createBrowserRouter(
    [
      {
        element: <RootLayout />,
        errorElement: <RouteError />,
        children: [
          { path: paths.home.path, element: <ArticleListRoute /> },
          { path: paths.notFound.path, element: <NotFoundRoute /> },
        ],
      },
    ],
    { basename },
  );
}
