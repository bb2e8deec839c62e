import { useLayoutEffect } from 'react';
import { useRouteError } from 'react-router';

import { dismissFirstScreen } from '../../lib/first-screen';
import { strings } from '../../shared/strings';
import { BundleLoadError } from '../../features/articles/components/bundle-load-error';
import { useRouteRetry } from './use-route-retry';

/**
 * The error element of the bundle's pages (the lists, the stock directory, a stock): the
 * manifest its loader could not ensure, or a file the page could not load. One message
 * for every kind of failure (BundleLoadError), a retry where one can help, and the header
 * above it still leads elsewhere.
 */
export function BundleRouteError() {
  const error = useRouteError();
  const { retry, retrying } = useRouteRetry();
  // The prerendered first screen must not stay in front of the reason it will not load.
  useLayoutEffect(() => dismissFirstScreen(), []);
  return (
    <div className="mx-auto max-w-3xl">
      <title>{strings.app.pageTitle(strings.errors.pageTitle)}</title>
      <h1 className="sr-only">{strings.errors.heading}</h1>
      <BundleLoadError error={error instanceof Error ? error : new Error(String(error))} retrying={retrying} onRetry={retry} />
    </div>
  );
}
