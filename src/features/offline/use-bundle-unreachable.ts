import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { BundleError } from '../../lib/bundle-error';
import { subscribeOnline } from './use-online';

/**
 * True while the last bundle request (any query keyed ['bundle', …]) that settled failed
 * for want of a network — neither the server nor the service worker's cache answered —
 * even though `navigator.onLine` may still say online. Cleared by the next success and
 * when the browser comes back online.
 */
export function useBundleUnreachable(): boolean {
  const queryClient = useQueryClient();
  const [unreachable, setUnreachable] = useState(false);

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.query.queryKey[0] !== 'bundle') return;
        const { action } = event;
        if (action.type === 'success') setUnreachable(false);
        else if (action.type === 'error' && action.error instanceof BundleError && action.error.kind === 'network') {
          setUnreachable(true);
        }
      }),
    [queryClient],
  );

  useEffect(
    () =>
      subscribeOnline(() => {
        if (navigator.onLine) setUnreachable(false);
      }),
    [],
  );

  return unreachable;
}
