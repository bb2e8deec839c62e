import { useSyncExternalStore } from 'react';

/**
 * Whether the browser says it has a network (`navigator.onLine`, kept current by the
 * `online` and `offline` events). "Online" may still mean a network that reaches nothing;
 * "offline" is reliable. Use it to say that an action needs the network instead of
 * letting it fail silently:
 *
 *   const online = useOnline();
 *   <button disabled={!online} title={online ? undefined : offlineStrings.needsNetworkHint}>…
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, isOnline, () => true);
}

/** The same, outside React (event handlers, loaders). */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

export function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}
