import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

const PORT = 4317;
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * The system Chromium (Debian's /usr/bin/chromium, or $CHROMIUM_PATH) when present;
 * otherwise undefined, so Playwright uses its own bundled browser.
 */
function systemChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (path): path is string => path !== undefined && path !== '' && existsSync(path),
  );
}

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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Built into dist/e2e, not dist, so a run never swaps the bundle under a running `npm start`.
    command: [
      'npx vite build --outDir dist/e2e --emptyOutDir',
      'npx tsx src/ingest/cli.ts e2e/fixtures/posts dist/e2e/data',
      `npx vite preview --outDir dist/e2e --host 127.0.0.1 --port ${PORT} --strictPort`,
    ].join(' && '),
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
