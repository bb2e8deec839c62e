import { useLayoutEffect } from 'react';

import { useResolvedTheme } from '../reading-settings';

/**
 * Keeps `data-theme` on <html> on the theme in effect (following the system's
 * light/dark live when the reader chose "system") and the browser's toolbar colour
 * (`<meta name="theme-color">`) on the theme's paper colour. Renders nothing; mount it
 * once, in the root layout. index.html sets the saved theme before first paint.
 */
export function ThemeSync() {
  const theme = useResolvedTheme();

  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    // The colour comes from index.css, the one place the themes are defined.
    const paper = getComputedStyle(root).getPropertyValue('--paper').trim();
    const meta = document.querySelector('meta[name="theme-color"]');
    if (meta && paper !== '') meta.setAttribute('content', paper);
  }, [theme]);

  return null;
}
