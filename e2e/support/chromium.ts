import { existsSync } from 'node:fs';

/**
 * How this project runs Chromium, for the journeys (playwright.config.ts) and the app
 * benchmark alike: the system browser (Debian's /usr/bin/chromium, or $CHROMIUM_PATH)
 * when present, else undefined so Playwright uses its own; and the flags that keep a
 * headless run quiet, sandbox-free (CI runs as root) and off the network.
 */
export function systemChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
