import type { Page } from '@playwright/test';

import { expect, test } from './support/offline-test';

// Tall enough that the virtualized list renders every fixture article.
test.use({ viewport: { width: 1280, height: 2400 } });

const titles = (page: Page) => page.locator('main article').getByRole('heading', { level: 3 }).allTextContents();

test('choosing a category filters the list, keeps descendants, and survives a reload', async ({ page }) => {
  await page.goto('/');
  const tree = page.getByRole('navigation', { name: '分类' });
  await tree.getByRole('checkbox', { name: /^汽车/ }).click();
  await expect(page).toHaveURL(/\?category=%E6%B1%BD%E8%BD%A6$/);
  await expect.poll(() => titles(page)).toEqual(['新能源车企密集发布年末促销 动力电池供应趋紧']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('汽车');

  // A second choice combines with the first (OR); a chosen node includes its descendants.
  await tree.getByRole('checkbox', { name: /^科技/ }).click();
  await expect.poll(async () => (await titles(page)).length).toBe(3);
  await expect(tree.getByRole('checkbox', { name: /^36氪/ })).toBeChecked();
  await expect(tree.getByRole('checkbox', { name: /^36氪/ })).toBeDisabled();

  const url = page.url();
  const before = await titles(page);
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect.poll(() => titles(page)).toEqual(before);
  await expect(page.getByRole('navigation', { name: '分类' }).getByRole('checkbox', { name: /^汽车/ })).toBeChecked();

  // Back and Forward walk through the filters.
  await page.goBack();
  await expect.poll(() => titles(page)).toEqual(['新能源车企密集发布年末促销 动力电池供应趋紧']);
  await page.goForward();
  await expect.poll(async () => (await titles(page)).length).toBe(3);

  await page.getByRole('link', { name: '清除筛选' }).first().click();
  await expect(page).toHaveURL('/');
  const manifest = (await (await page.request.get('/data/manifest.json')).json()) as { articleCount: number };
  await expect.poll(async () => (await titles(page)).length).toBe(manifest.articleCount);
});

test('category counts are faceted: they follow the stock filter', async ({ page }) => {
  await page.goto('/?stock=sz300750');
  const tree = page.getByRole('navigation', { name: '分类' });
  // Two articles mention 宁德时代: one under 汽车, one filed under both 金融 and 科技.
  await expect(tree.getByRole('checkbox', { name: /^汽车/ }).locator('xpath=..')).toContainText('1');
  await expect(tree.getByRole('checkbox', { name: /^金融/ }).locator('xpath=..')).toContainText('1');
  await expect.poll(() => titles(page)).toEqual(['新能源车企密集发布年末促销 动力电池供应趋紧', '储能电池出货量同比翻番 产业链加速出海']);
});

test('a stock chip filters the list by that stock, shown as a removable filter', async ({ page }) => {
  await page.goto('/');
  const item = page.locator('main article').filter({ hasText: '新能源车企密集发布年末促销' });
  await item.getByRole('link', { name: /宁德时代/ }).click();
  await expect(page).toHaveURL(/\?stock=sz300750$/);
  await expect.poll(async () => (await titles(page)).length).toBe(2);
  const pill = page.getByRole('link', { name: '移除筛选：股票：宁德时代' });
  await expect(pill).toBeVisible();
  await pill.click();
  await expect(page).toHaveURL('/');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 1600 } });

  test('the category tree is a drawer', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: '分类' })).toBeHidden();
    await page.getByRole('button', { name: '分类筛选' }).click();
    const drawer = page.getByRole('dialog', { name: '分类' });
    await expect(drawer).toBeVisible();
    await drawer.getByRole('checkbox', { name: /^汽车/ }).click();
    await expect(page).toHaveURL(/category=/);
    await drawer.getByRole('button', { name: '关闭' }).click();
    await expect(drawer).toBeHidden();
    await expect.poll(async () => (await titles(page)).length).toBe(1);
  });
});
