import { isRouteErrorResponse, useRouteError } from 'react-router';

import { RootLayout } from './root-layout';

/** Last resort for errors the pages do not handle themselves, e.g. a render crash. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;

  return (
    <RootLayout>
      <div role="alert" className="border-y border-stone-200 bg-white px-4 py-14 text-center sm:rounded-xl sm:border">
        <title>出错了 · 读财</title>
        <h1 className="text-xl font-bold text-stone-900">页面出错了</h1>
        <p className="mt-2 text-sm text-stone-500">请刷新页面重试。</p>
        {detail && <p className="mt-3 font-mono text-xs break-all text-stone-400">{detail}</p>}
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-red-700 px-6 text-sm font-medium text-white shadow-sm hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
        >
          刷新
        </button>
      </div>
    </RootLayout>
  );
}
