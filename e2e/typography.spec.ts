import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { bundleIds } from './support/bundle-articles';
import { expect, test } from './support/offline-test';

/**
 * Chinese typography, image placeholders, times in Beijing time and quiet read rows, as a
 * reader sees them (computed styles and layout in the real browser).
 */
test.use({ serviceWorkers: 'block' });

const LONG = '数字经济板块午后走强 科技园区概念集体拉升';
const READ = '央行开展逆回购操作 维护季末流动性合理充裕';

async function open(page: Page, title: string): Promise<void> {
  const ids = await bundleIds(page.request);
  await page.goto(`/articles/${ids.get(title)!}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test('the reading view spaces Chinese and Latin text, trims opening quotes and balances the headline', async ({ page }) => {
  await open(page, LONG);
  const styles = await page
    .locator('main article [data-article-body] p')
    .first()
    .evaluate((p) => {
      const style = getComputedStyle(p) as CSSStyleDeclaration & Record<string, string>;
      return { autospace: style['textAutospace'], trim: style['textSpacingTrim'] };
    });
  expect(styles).toEqual({ autospace: 'normal', trim: 'trim-start' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('text-wrap', /balance/);
});

test('a failed image keeps the shape its URL gives, is one line otherwise, and retries while online', async ({ page, context }) => {
  await context.route('https://n.sinaimg.cn/**', (route) => route.fulfill({ status: 404, body: '' }));
  await open(page, LONG);
  const placeholders = page.locator('main article [data-image-placeholder]');
  await expect(placeholders.first()).toBeVisible();
  for (const placeholder of await placeholders.all()) {
    const box = (await placeholder.boundingBox())!;
    // Never the old 245 px box: sized by the image where known, else a line.
    expect(box.height).toBeLessThan(240);
  }
  await expect(placeholders.first().getByRole('button', { name: '重试' })).toBeVisible();
  await context.setOffline(true);
  await expect(placeholders.first().getByRole('button', { name: '重试' })).toHaveCount(0);
  await context.setOffline(false);
});

test.describe('in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('times say they are Beijing time, with the reader’s own on hover', async ({ page }) => {
    await open(page, READ);
    await page.goto('/');
    const time = page.locator('main article time').first();
    await expect(time).toHaveAttribute('title', /北京时间；您所在时区为/);
  });
});

test('read rows are quieter but keep 4.5:1 contrast in light and dark', async ({ page }) => {
  await open(page, READ);
  // Back inside the app: the read state is this tab's at once, whether or not it is stored yet.
  await page.getByRole('link', { name: '返回列表' }).click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expect(page.locator('main article [data-read]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('main article [data-read]').withRules(['color-contrast']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  }
});

test('the compact list shows about twice the rows of the comfortable one, ☆ still on every row', async ({ page }) => {
  const heightOf = async () => {
    await page.goto('/');
    const row = page
      .locator('main article')
      .filter({ has: page.locator('[data-article-link]') })
      .first();
    await expect(row).toBeVisible();
    return (await row.boundingBox())!.height;
  };
  const comfortable = await heightOf();
  await page.evaluate(() => localStorage.setItem('ducai:reading-settings:v1', JSON.stringify({ listDensity: 'compact' })));
  const compact = await heightOf();
  expect(compact).toBeLessThan(comfortable * 0.6);
  await expect(page.locator('main article [data-density="compact"]').first().getByRole('button', { name: '收藏' })).toBeVisible();
});

test('only the first mention of each stock is highlighted when the reader asks (and in long articles by default)', async ({ page }) => {
  // A short article (under the 自动 threshold) naming 比亚迪 and 宁德时代, one of them twice.
  const LONG = '新能源车企密集发布年末促销 动力电池供应趋紧';
  await open(page, LONG);
  const marks = page.locator('main article [data-article-body] mark');
  const auto = await marks.count();
  await page.evaluate(() => localStorage.setItem('ducai:reading-settings:v1', JSON.stringify({ stockMarks: 'all' })));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LONG);
  const all = await marks.count();
  await page.evaluate(() => localStorage.setItem('ducai:reading-settings:v1', JSON.stringify({ stockMarks: 'first' })));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LONG);
  const first = await marks.count();
  const texts = await marks.allTextContents();
  expect(new Set(texts).size).toBe(texts.length);
  expect(first).toBeLessThan(all);
  expect(first).toBeGreaterThan(0);
  // Short: 自动 marks every mention.
  expect(auto).toBe(all);
});

test('copying the link says so once, on the button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, READ);
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('button', { name: '链接已复制' })).toBeVisible();
  // The status is for screen readers: no second, visible bubble saying the same.
  const status = await page.getByRole('status').filter({ hasText: '链接已复制' }).boundingBox();
  expect(status!.width * status!.height).toBeLessThanOrEqual(1);
});
