import { expect, test } from './support/offline-test';

// Tall enough that the virtualized list renders every fixture article.
test.use({ viewport: { width: 1280, height: 2400 } });

const item = (page: import('@playwright/test').Page, title: string) => page.locator('main article').filter({ hasText: title });

test('opening an article marks it read: dimmed in the list, gone under 只看未读, kept after a reload', async ({ page }) => {
  const title = '港股三大指数午后走强 科技板块领涨';
  await page.goto('/');
  await expect(item(page, title).locator('[data-read]')).toHaveCount(0);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goBack();
  await expect(item(page, title).locator('[data-read]')).toHaveCount(1);
  await expect(item(page, title).getByText('已读', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: '只看未读' }).click();
  await expect(page).toHaveURL(/unread=1/);
  await expect(page.getByRole('button', { name: '只看未读' })).toHaveAttribute('aria-pressed', 'true');
  await expect(item(page, title)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('main article').first()).toBeVisible();
  await expect(item(page, title)).toHaveCount(0);
});

test('全部标为已读 marks the current filter read, and 撤销 undoes exactly that', async ({ page }) => {
  await page.goto('/?category=%E6%B1%BD%E8%BD%A6');
  await expect(page.locator('main article')).toHaveCount(1);
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已将 1 篇标为已读' })).toBeVisible();
  await expect(page.locator('main article [data-read]')).toHaveCount(1);

  // Articles outside the filter are untouched.
  await page.goto('/?unread=1');
  await expect(page.locator('main article').filter({ hasText: '新能源车企密集发布年末促销' })).toHaveCount(0);
  await expect(page.locator('main article').filter({ hasText: '央行开展逆回购操作' })).toHaveCount(1);

  await page.goto('/?category=%E6%B1%BD%E8%BD%A6');
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await expect(page.getByRole('status').filter({ hasText: '没有未读的文章' })).toBeVisible();
  await page.goto('/?category=%E7%A7%91%E6%8A%80');
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.locator('main article [data-read]')).toHaveCount(0);
});

test('the header shows how many articles are bookmarked', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '收藏（0 篇）' })).toBeVisible();
  await item(page, '央行开展逆回购操作').getByRole('button', { name: '收藏' }).click();
  await expect(nav.getByRole('link', { name: '收藏（1 篇）' })).toBeVisible();
});
