import { useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useLocation, useNavigate, useNavigation } from 'react-router';

import { useManifestIfLoaded } from '../../bundle/manifest-query';

/**
 * Retry for a route's error element. The failed bundle queries are reset, so that the
 * page asks for them again instead of rethrowing the error they hold, and the route is
 * navigated to again in place (same URL, same state, no new history entry): its loader
 * runs again (ensuring the manifest anew), and the new location lets the router's
 * boundary render the page again. Not `revalidate()`: the boundary resets only when it
 * sees the revalidation pass through "loading", and a quick loader's updates are batched
 * into one. A file that fails again brings the error element back with the new error.
 *
 * A newer bundle arriving meanwhile is a retry by itself: a file missing because a new
 * ingest deleted it makes the client reload the manifest (lib/query-client.ts), and the
 * page's files have new names there.
 */
export function useRouteRetry(): { readonly retry: () => void; readonly retrying: boolean } {
  const queryClient = useQueryClient();
  const { reset } = useQueryErrorResetBoundary();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const retry = () => {
    reset();
    void queryClient.resetQueries({ queryKey: ['bundle'], predicate: (query) => query.state.status === 'error' });
    void navigate(location, { replace: true, state: location.state, preventScrollReset: true });
  };
  const version = useManifestIfLoaded()?.version;
  const failedOn = useRef(version);
  const onNewBundle = useEffectEvent(retry);
  useEffect(() => {
    if (version !== undefined && failedOn.current !== undefined && version !== failedOn.current) onNewBundle();
  }, [version]);
  return { retry, retrying: navigation.state !== 'idle' };
}
