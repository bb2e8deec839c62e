import { RouterProvider } from 'react-router/dom';

import { BundleError } from '../lib/bundle-error';

import { queryClient } from '../lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

const router = createAppRouter(queryClient);

/**
 * What reaches a route's error element. A bundle that cannot be had is the reader's
 * business, told on the page (with the file and field when the data is at fault): no
 * console noise for it. Anything else is a defect, logged with where it happened.
 */
function reportRouteError(error: unknown, info: { readonly location: { readonly pathname: string } }) {
  if (error instanceof BundleError) return;
  console.error('Route error at', info.location.pathname, error);
}

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} onError={reportRouteError} />
    </AppProvider>
  );
}
