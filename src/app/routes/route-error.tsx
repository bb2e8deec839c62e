import { isRouteErrorResponse, useRouteError } from 'react-router';

import { Button } from '../../components/button';
import { strings } from '../../shared/strings';
import { RootLayout } from './root-layout';

/** Last resort for errors the pages do not handle themselves, e.g. a render crash. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : null;

  return (
    <RootLayout>
      <div role="alert" className="mx-auto max-w-3xl border-y border-line bg-surface px-4 py-14 text-center sm:rounded-xl sm:border">
        <title>{strings.app.pageTitle(strings.errors.pageTitle)}</title>
        <h1 className="text-xl font-bold">{strings.errors.heading}</h1>
        <p className="mt-2 text-sm text-muted">{strings.errors.hint}</p>
        {detail && <p className="mt-3 font-mono text-xs break-all text-faint">{detail}</p>}
        <Button variant="primary" onClick={() => window.location.reload()} className="mt-6">
          {strings.errors.reload}
        </Button>
      </div>
    </RootLayout>
  );
}
