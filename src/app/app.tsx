import { RouterProvider } from 'react-router/dom';

import { queryClient } from '../lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';
import { reportError } from './report-error';

const router = createAppRouter(queryClient);

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider
        router={router}
        // Render errors are React's to report (main.tsx); the router's own are the loaders'.
        onError={(error, { location, errorInfo }) => {
          if (!errorInfo) reportError(error, location.pathname);
        }}
      />
    </AppProvider>
  );
}
