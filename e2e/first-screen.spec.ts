import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { prerenderIndex } from '../src/prerender/prerender-index';
import { bundleArticles } from './support/bundle-articles';
import { expect, test } from './support/offline-test';
import { E2E_OUT } from './support/e2e-out';
import { serveCopy } from './support/serve-copy';

/**
 * The list's first screen is prerendered into index.html by `npm run build`
 * (src/prerender): a copy of the e2e build gets it here, as production does, on a host
 * of its own so the other journeys keep the plain build.
 */
test.use({ serviceWorkers: 'block' });

let root = '';
let origin = '';
let close: () => Promise<void> = async () => {};

test.beforeAll(async ({}, testInfo) => {
  const built = join(dirname(testInfo.config.configFile ?? resolve('playwright.config.ts')), E2E_OUT);
  root = mkdtempSync(join(tmpdir(), 'ducai-first-screen-'));
  cpSync(built, root, { recursive: true });
  prerenderIndex(root, '/');
  const host = await serveCopy(root);
  origin = host.origin;
  close = host.close;
});

test.afterAll(async () => {
  await close();
  rmSync(root, { recursive: true, force: true });
});

test('the newest titles show before the app’s code has loaded, as plain links', async ({ page }) => {
  const newest = (await bundleArticles(page.request)).reverse();
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(`${origin}/`);
  const links = page.locator('#first-screen [data-article-link]');
  await expect(links.first()).toBeVisible();
  await expect(links).toHaveText(newest.slice(0, await links.count()).map((a) => a.title));
  await expect(links.first()).toHaveAttribute('href', `/articles/${newest[0]!.id}`);
});

test('the app takes the first screen’s place once its list is up, and other pages never show it', async ({ page }) => {
  await page.goto(`${origin}/`);
  await expect(page.locator('main article [data-article-link]').first()).toBeVisible();
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-first-screen');
  await expect(page.getByRole('button', { name: '只看未读' })).toBeVisible();

  for (const path of ['/stocks', '/bookmarks', '/?stock=sh600519']) {
    await page.goto(`${origin}${path}`);
    await expect(page.locator('#first-screen')).toBeHidden();
    await expect(page.locator('main')).toBeVisible();
  }
});
