import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, systemChromium } from './e2e/support/chromium';
import { E2E_CACHE_OPTION, E2E_CLI, E2E_OUT, E2E_PORT } from './e2e/support/e2e-out';

// E2E_PORT lets two checkouts run their journeys side by side.
const PORT = E2E_PORT;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const OUT = E2E_OUT;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'on-first-retry',
    // page.route never sees what a service worker answers; journeys that test the
    // worker opt back in with serviceWorkers: 'allow'.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: systemChromium(),
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Built into dist/e2e, not dist, so a run never swaps the bundle under a running `npm start`.
    command: [
      `npx vite build --outDir ${OUT} --emptyOutDir`,
      // The compiled CLI, as `npm start` runs it: no tsx.
      `npx tsx scripts/build-cli.ts ${E2E_CLI}`,
      `node ${E2E_CLI}/ingest.js e2e/fixtures/posts ${OUT}/data${E2E_CACHE_OPTION}`,
      `npx vite preview --outDir ${OUT} --host 127.0.0.1 --port ${PORT} --strictPort`,
    ].join(' && '),
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
