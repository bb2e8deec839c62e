import type { Page } from '@playwright/test';
import { expect, test } from './support/offline-test';
import { generatedBundle, serveBundleFrom } from './support/rebuilt-bundle';

// Tall enough that the virtualized list renders every fixture article.
test.use({ viewport: { width: 1280, height: 2400 } });

const item = (page: Page, title: string) => page.locator('main article').filter({ hasText: title });

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

test('只看未读 keeps what was read during the visit in place, and focus on it, until the list is reloaded', async ({ page }) => {
  const links = page.locator('main article h3 a');
  await page.goto('/?unread=1');
  await expect(links).toHaveCount(11);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('o');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('港股三大指数午后走强 科技板块领涨');
  await page.keyboard.press('u');
  await expect(page).toHaveURL('/?unread=1');

  // Still there, now read, and focused: j goes on to the next one.
  const opened = item(page, '港股三大指数午后走强');
  await expect(opened.locator('[data-read]')).toHaveCount(1);
  await expect(opened.locator('h3 a')).toBeFocused();
  await expect(links).toHaveCount(11);
  await page.keyboard.press('j');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('o');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('白酒板块震荡回升 贵州茅台成交额居前');

  // In the reading view j goes to the next unread article, and k back to the one just read.
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('恒生科技指数季度检讨结果公布 两只成分股调整');
  await page.keyboard.press('k');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('白酒板块震荡回升 贵州茅台成交额居前');
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('恒生科技指数季度检讨结果公布 两只成分股调整');
  await page.keyboard.press('u');
  await expect(page).toHaveURL('/?unread=1');
  await expect(links).toHaveCount(11);
  await expect(item(page, '恒生科技指数季度检讨结果公布').locator('h3 a')).toBeFocused();
  await expect(page.locator('main article [data-read]')).toHaveCount(3);

  // Toggling the filter reloads the list: what was read is gone.
  await page.getByRole('button', { name: '只看未读' }).click();
  await expect(page).toHaveURL('/');
  await page.getByRole('button', { name: '只看未读' }).click();
  await expect(page).toHaveURL('/?unread=1');
  await expect(links).toHaveCount(8);
  await expect(item(page, '港股三大指数午后走强')).toHaveCount(0);

  // So does a fresh load.
  await page.keyboard.press('j');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('o');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('央行开展逆回购操作 维护季末流动性合理充裕');
  await page.keyboard.press('u');
  await expect(item(page, '央行开展逆回购操作').locator('h3 a')).toBeFocused();
  await page.reload();
  await expect(links).toHaveCount(7);
  await expect(item(page, '央行开展逆回购操作')).toHaveCount(0);
});

test('the unread count is on 资讯 and in the list’s title, and falls as articles are read', async ({ page }) => {
  await page.goto('/');
  const manifest = (await (await page.request.get('/data/manifest.json')).json()) as { articleCount: number };
  const total = manifest.articleCount;
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: `资讯（${total} 篇未读）` })).toBeVisible();
  await expect(page).toHaveTitle(`(${total}) 最新资讯 · 读财`);

  await page.getByRole('link', { name: '港股三大指数午后走强 科技板块领涨' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('港股三大指数午后走强 科技板块领涨');
  await expect(nav.getByRole('link', { name: `资讯（${total - 1} 篇未读）` })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveTitle(`(${total - 1}) 最新资讯 · 读财`);
});

test('a stock’s list is titled by the stock', async ({ page }) => {
  await page.goto('/?stock=sh600519');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('贵州茅台 · 600519.SH 相关资讯');
  await expect(page).toHaveTitle(/贵州茅台 · 600519\.SH 相关资讯/);
});

test('with 滚动经过即标为已读 on, articles scrolled past count as read; off (the default), scrolling marks nothing', async ({ page }) => {
  await serveBundleFrom(page, await generatedBundle(120));
  await page.setViewportSize({ width: 1280, height: 800 });
  const first = page
    .locator('main article')
    .filter({ has: page.locator('[data-article-link]') })
    .first();
  const firstId = async () => first.getAttribute('data-article');

  // The first screen can paint before the timeline gives the list its whole height; a
  // wheel then meets the page's end. Scroll once the page is long enough to scroll past.
  const longEnough = () => expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(4000);
  await page.goto('/');
  await expect(first).toBeVisible();
  await longEnough();
  const id = await firstId();
  await page.mouse.wheel(0, 2400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
  await page.mouse.wheel(0, -4000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator(`main article[data-article="${id}"] [data-read]`)).toHaveCount(0);

  await page.evaluate(() => localStorage.setItem('ducai:reading-settings:v1', JSON.stringify({ markReadOnScroll: true })));
  await page.reload();
  await expect(first).toBeVisible();
  await longEnough();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
  // What is still on screen has not been scrolled past: unread.
  const onScreenRead = await page.evaluate(() =>
    [...document.querySelectorAll('main article[data-article]')]
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top > 100 && box.bottom < window.innerHeight;
      })
      .map((row) => row.querySelector('[data-read]') !== null),
  );
  expect(onScreenRead.length).toBeGreaterThan(0);
  expect(onScreenRead.every((read) => !read)).toBe(true);
  await page.mouse.wheel(0, -4000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator(`main article[data-article="${id}"] [data-read]`)).toHaveCount(1);
});

test('under 只看未读 the category tree counts what is unread', async ({ page }) => {
  const countOf = (name: string) => page.getByRole('complementary').getByRole('checkbox', { name }).locator('xpath=..').locator('span.tabular-nums');
  await page.goto('/');
  const before = Number(await countOf('金融').first().textContent());
  const sinaBefore = Number(await countOf('新浪财经').first().textContent());
  await page.getByRole('link', { name: '央行开展逆回购操作 维护季末流动性合理充裕' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('央行开展逆回购操作 维护季末流动性合理充裕');
  await page.goBack();
  await expect(countOf('金融').first()).toHaveText(String(before));
  await page.getByRole('button', { name: '只看未读' }).click();
  await expect(page).toHaveURL(/unread=1/);
  await expect(countOf('金融').first()).toHaveText(String(before - 1));
  // Its child, in view too, counts it out as well; leaving 只看未读 brings the totals back.
  await expect(countOf('新浪财经').first()).toHaveText(String(sinaBefore - 1));
  await page.getByRole('button', { name: '只看未读' }).click();
  await expect(countOf('金融').first()).toHaveText(String(before));
});
