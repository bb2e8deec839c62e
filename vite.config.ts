/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { CHROMIUM_ARGS, systemChromium } from './e2e/support/chromium';
import { securityHeaders } from './scripts/build/security-headers';

/**
 * Starts fetching the bundle's manifest with the HTML, so it is there when the entry
 * script asks for it (every route needs it first). Injected by a plugin, not written in
 * index.html, because the bundle is not part of the build (Vite would look for it).
 */
function preloadManifest(): Plugin {
  let base = '/';
  return {
    name: 'ducai-preload-manifest',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [
      // crossorigin="anonymous" matches fetch()'s same-origin credentials, so the preload is used.
      { tag: 'link', attrs: { rel: 'preload', href: `${base}data/manifest.json`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
    ],
  };
}

// One config for the app (dev server, build, preview) and for Vitest.
// Both servers fall back to index.html for unknown paths, so client-side routes survive a reload.
export default defineConfig({
  plugins: [
    preloadManifest(),
    // Build only: the CSP <meta> with the inline scripts' hashes, `_headers` and the nginx snippet.
    securityHeaders(),
    react(),
    tailwindcss(),
    // The service worker (src/sw.ts) and the web app manifest, in production builds only:
    // src/features/offline/use-app-update.ts registers it with the plugin's useRegisterSW,
    // whose register module does nothing on the dev server.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      // start_url and scope default to Vite's base, so `vite build --base /reader/` works as is.
      manifest: {
        name: '读财',
        short_name: '读财',
        description: '读财：中文财经资讯阅读器，离线也能读',
        lang: 'zh-CN',
        dir: 'ltr',
        display: 'standalone',
        theme_color: '#b91c1c',
        background_color: '#f7f6f3',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      injectManifest: {
        // The app shell: index.html and the built code (only what this build emits, not folders
        // such as dist/e2e or dist/data beside it); the icons, favicon and web manifest are
        // added by the plugin. The bundle (data/) and images are cached at run time (src/sw.ts).
        globPatterns: ['index.html', 'assets/**/*.{js,css,woff2}'],
        globIgnores: ['data/**', 'images/**'],
        // A classic worker script: registered as one (workbox-window's default), and the
        // ES build path of the plugin passes Rollup an option Vite 8 warns is deprecated.
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
  ],
  server: {
    // Builds, benchmark corpora (.bench/ holds 100,000s of files) and test output are not
    // source: watching them runs out of the system's file watchers.
    watch: { ignored: ['**/.bench/**', '**/dist/**', '**/dist-cli/**', '**/test-results/**', '**/.scratch/**'] },
  },
  preview: {
    port: 4173,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.tsx'],
          // Node by default; DOM tests opt in with `// @vitest-environment jsdom`.
          environment: 'node',
        },
      },
      {
        // Components in the real browser: real IndexedDB, popovers, layout and events.
        extends: true,
        // Deps the test files reach only through the app's modules. Discovered mid-run, they make
        // Vite re-optimise and reload, and on a fresh clone (empty cache) the reloaded file fails
        // with "Vitest failed to find the runner": list them so they are bundled before the run.
        optimizeDeps: {
          include: ['react', 'react/jsx-dev-runtime', 'react-dom/client', 'react-router', 'react-router/dom', 'workbox-window'],
        },
        test: {
          name: 'components',
          include: ['src/**/*.browser.test.tsx'],
          // The app's styles, so components are laid out as in the app.
          setupFiles: ['src/components-test-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: systemChromium(), args: [...CHROMIUM_ARGS] } }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
