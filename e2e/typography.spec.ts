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
  const styles = await page.locator('main article [data-article-body] p').first().evaluate((p) => {
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
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.locator('main article [data-read]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('main article [data-read]').withRules(['color-contrast']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  }
});
