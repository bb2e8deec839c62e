/**
 * The list's first screen, prerendered into index.html at build time (src/prerender/),
 * shows the newest titles before the app has loaded. The app calls this once it shows a
 * page of its own — the list with its data, or any error — and the static copy goes.
 * Idempotent; a no-op where nothing was prerendered.
 */
export function dismissFirstScreen(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.removeAttribute('data-first-screen');
  document.getElementById('first-screen')?.remove();
}
