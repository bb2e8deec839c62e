import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * The service worker through vite-plugin-pwa's useRegisterSW (production builds; on the
 * dev server its register module does nothing). A new deployment installs in the
 * background and waits; the page offers 有新版本 and, when the reader agrees, tells the
 * waiting worker to take over and reloads. Only the app's code changes: IndexedDB,
 * localStorage and the data caches are left as they are.
 *
 * Under the CSP's Trusted Types the plugin's register module passes the worker's URL as
 * a string; main.tsx lets exactly that string through (allowServiceWorkerScript).
 * Mounted in the header (OfflineStatus), so a page that shows the root's error element
 * mounts it a second time: registering again is harmless, and what follows a
 * registration is set up once per registration (the browser hands every mount the same
 * object).
 */

export type UpdateState = 'none' | 'available' | 'reloading';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** If the new worker never takes over (another tab holds it?), reload anyway after this. */
const TAKEOVER_TIMEOUT_MS = 3000;

const watched = new WeakSet<ServiceWorkerRegistration>();

/** Browsers check on navigation; a tab left open checks hourly and when shown again. */
function checkForUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => void registration.update().catch(() => {});
  window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

/**
 * The bundle files and images this page fetched before the first worker controlled it
 * went past the worker; once it takes over, it fetches them again through its routes
 * (workbox-routing's CACHE_URLS message), so the first visit is readable offline too.
 */
function cacheWhatWasLoadedOnFirstControl(): void {
  if (navigator.serviceWorker.controller) return;
  const scope = new URL(import.meta.env.BASE_URL, window.location.href).href;
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      const urlsToCache = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.startsWith(`${scope}data/`) || url.startsWith(`${scope}images/`));
      if (urlsToCache.length > 0) navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
    },
    { once: true },
  );
}

export interface AppUpdate {
  readonly state: UpdateState;
  /** Lets the waiting worker take over; the page reloads into the new version. */
  readonly apply: () => void;
  /** Hides the offer until the next page load (the new version still waits). */
  readonly dismiss: () => void;
}

export function useAppUpdate(): AppUpdate {
  const [reloading, setReloading] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration || watched.has(registration)) return;
      watched.add(registration);
      cacheWhatWasLoadedOnFirstControl();
      checkForUpdates(registration);
    },
    onRegisterError() {
      // No worker (private mode, blocked by policy…): the app still works online.
    },
  });
  return {
    state: reloading ? 'reloading' : needRefresh ? 'available' : 'none',
    apply: () => {
      setReloading(true);
      // The plugin reloads when the new worker takes control.
      void updateServiceWorker(true);
      window.setTimeout(() => window.location.reload(), TAKEOVER_TIMEOUT_MS);
    },
    dismiss: () => setNeedRefresh(false),
  };
}
