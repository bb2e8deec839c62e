import type { Page } from '@playwright/test';

import { bundleIds } from './support/bundle-articles';
import { expect, test } from './support/offline-test';

// A short phone screen, so /stocks (four stocks here) scrolls a little and the list a lot.
test.use({ viewport: { width: 390, height: 360 } });
const STOCKS_Y = 100;

const TITLE = '央行开展逆回购操作 维护季末流动性合理充裕';
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Scrolls the window to `y` and waits until it is there. */
async function scrollTo(page: Page, y: number) {
  await page.evaluate((to) => window.scrollTo(0, to), y);
  await expect.poll(() => scrollY(page)).toBe(y);
}

async function articleHref(page: Page): Promise<string> {
  const id = (await bundleIds(page.request)).get(TITLE);
  if (!id) throw new Error(`no fixture article titled ${TITLE}`);
  return `/articles/${id}`;
}

test('a link pasted into the tab after scrolling /stocks opens at the top, headline in view', async ({ page }) => {
  const href = await articleHref(page);
  await page.goto('/stocks');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await scrollTo(page, STOCKS_Y);
  await page.goto(href);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(TITLE);
  await expect(page.locator('main article [data-article-body]')).toBeVisible();
  await expect(heading).toBeInViewport();
  expect(await scrollY(page)).toBe(0);
});

test('a link pasted after scrolling the list opens at the top; so does another list', async ({ page }) => {
  const href = await articleHref(page);
  await page.goto('/');
  await expect(page.locator('main article h3 a').first()).toBeVisible();
  await scrollTo(page, 500);
  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.locator('main article [data-article-body]')).toBeVisible();
  expect(await scrollY(page)).toBe(0);

  await scrollTo(page, 200);
  await page.goto('/?category=%E9%87%91%E8%9E%8D');
  await expect(page.locator('main article h3 a').first()).toBeInViewport();
  expect(await scrollY(page)).toBe(0);
});

test('reloading, and Back into a page loaded earlier, restore its position', async ({ page }) => {
  const href = await articleHref(page);
  await page.goto('/stocks');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await scrollTo(page, STOCKS_Y);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
  await expect.poll(() => scrollY(page)).toBe(STOCKS_Y);

  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.goBack();
  await expect(page).toHaveURL('/stocks');
  await expect.poll(() => scrollY(page)).toBe(STOCKS_Y);

  // Within the app too: a page left by a link comes back where it was.
  // Dispatched, not clicked: a click would first scroll the link into view.
  await page
    .getByRole('link', { name: /宁德时代/ })
    .first()
    .dispatchEvent('click');
  await expect(page).toHaveURL(/\/stocks\/sz300750/);
  await page.goBack();
  await expect(page).toHaveURL('/stocks');
  await expect.poll(() => scrollY(page)).toBe(STOCKS_Y);
});
