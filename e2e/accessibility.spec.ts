import AxeBuilder from '@axe-core/playwright';

import { bundleArticles } from './support/bundle-articles';
import type { Page } from '@playwright/test';

import { expect, test } from './support/offline-test';

/** axe-core's serious and critical findings on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The newest fixture article, which mentions a stock. */
async function firstArticlePath(page: Page): Promise<string> {
  const articles = (await bundleArticles(page.request)).reverse();
  const withStock = articles.find((a) => a.stocks.length > 0) ?? articles[0]!;
  return `/articles/${withStock.id}`;
}

const PAGES = [
  { name: 'the list', path: '/', ready: 'main article' },
  { name: 'a filtered list', path: '/?category=%E9%87%91%E8%9E%8D&stock=sh600519', ready: 'main article' },
  { name: 'the stock directory', path: '/stocks', ready: 'main li' },
  { name: 'a stock page', path: '/stocks/sz300750', ready: 'main article' },
  { name: 'the not-found page', path: '/nowhere', ready: 'main h1' },
  { name: 'the bookmarks page', path: '/bookmarks', ready: 'main h1' },
  { name: 'the reading view', path: '/articles/@first', ready: 'main article h1' },
];

for (const { name, path, ready } of PAGES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${name} has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path === '/articles/@first' ? await firstArticlePath(page) : path);
      await expect(page.locator(ready).first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const { name, path, ready } of PAGES) {
    test(`${name} fits the width, with no sideways scrolling`, async ({ page }) => {
      await page.goto(path === '/articles/@first' ? await firstArticlePath(page) : path);
      await expect(page.locator(ready).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }
});
