import type { Page } from '@playwright/test';
import { expect, test } from './support/offline-test';

/**
 * The newest fixture posts (e2e/fixtures/posts), newest first, with their GMT dates in
 * Beijing time. The clock is fixed in 2022, so a 2021 post shows its year;
 * 2021-12-31 16:20 GMT is already New Year's Day in Beijing.
 */
const NEWEST_FIRST = [
  { title: '央行开展逆回购操作 维护季末流动性合理充裕', source: '新浪财经', time: '3月15日 10:30' },
  { title: '港股三大指数午后走强 科技板块领涨', source: '新浪港股', time: '3月14日 14:05' },
  { title: '白酒板块震荡回升 贵州茅台成交额居前', source: '新浪财经', time: '3月12日 01:45' },
  { title: '恒生科技指数季度检讨结果公布 两只成分股调整', source: '新浪港股', time: '3月9日 17:00' },
  { title: '新年首日 多项金融监管新规正式施行', source: '新浪财经', time: '1月1日 00:20' },
];

// Tall enough that the virtualized list renders every fixture article.
test.use({ viewport: { width: 1280, height: 2400 } });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2022-03-15T04:00:00Z'));
});

async function expectNewestFirstInBeijingTime(page: Page) {
  await page.goto('/');
  const items = page.locator('main article');
  await expect(items.first()).toBeVisible();
  const titles = await items.getByRole('heading', { level: 3 }).allTextContents();
  expect(titles.slice(0, NEWEST_FIRST.length)).toEqual(NEWEST_FIRST.map((a) => a.title));
  const times = await items.locator('time').allTextContents();
  expect(times.slice(0, NEWEST_FIRST.length)).toEqual(NEWEST_FIRST.map((a) => a.time));
  for (const [i, article] of NEWEST_FIRST.entries()) await expect(items.nth(i)).toContainText(article.source);
}

test('the home page lists the articles newest first, dated in Beijing time, grouped by Beijing day', async ({ page }) => {
  await expectNewestFirstInBeijingTime(page);
  await expect(page).toHaveTitle(/读财/);
  const manifest = (await (await page.request.get('/data/manifest.json')).json()) as { articleCount: number };
  await expect(page.locator('main article')).toHaveCount(manifest.articleCount);
  await expect(page.getByText(`共 ${manifest.articleCount} 篇`)).toBeVisible();
  // 2022-03-15 10:30 in Beijing is today on the fixed clock; the 1 January post has its own day.
  const days = page.locator('main section h2');
  await expect(days.first()).toHaveText('今天');
  await expect(days.filter({ hasText: '2022年' })).toHaveCount(0);
  await expect(days.filter({ hasText: '1月1日' })).toHaveCount(1);
});

test.describe('in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the dates and day headings are still Beijing time', async ({ page }) => {
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    await expectNewestFirstInBeijingTime(page);
    // In New York the 31 Dec 16:20 GMT post is still 31 December; Ducai files it under 1 January.
    await expect(page.locator('main section h2').filter({ hasText: '1月1日' })).toHaveCount(1);
  });
});

test('thumbnails whose host fails take no room, never a broken image', async ({ page }) => {
  await page.goto('/');
  const item = page.locator('main article').filter({ hasText: '互联网平台加码云计算投入' });
  await item.scrollIntoViewIfNeeded();
  await expect(item.locator('img')).toHaveCount(0);
  await expect(item.getByRole('img', { name: '无配图' })).toHaveCount(0);
  // The text has the row's whole width.
  const [row, text] = await Promise.all([item.boundingBox(), item.locator('h3').boundingBox()]);
  expect(row!.x + row!.width - (text!.x + text!.width)).toBeLessThan(40);
});

test('an unknown path shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page).toHaveTitle(/找不到页面/);
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.locator('main article').first()).toBeVisible();
});

test('a missing bundle shows an error whose retry recovers once the bundle is back', async ({ page }) => {
  await page.route('**/data/manifest.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('找不到资讯数据');
  await expect(page.locator('main article')).toHaveCount(0);
  // Settled: no request of the manifest in flight (the page asks again as it mounts), so
  // the bundle coming back is found by the reader's retry, not by a request already out.
  await expect(alert.getByRole('button', { name: '重试' })).toBeEnabled();
  // Components that mount late (lazy chunks) ask for a manifest that has no data yet:
  // wait until they have, so the manifest coming back is found by the retry alone.
  await page.waitForLoadState('networkidle');

  await page.unroute('**/data/manifest.json');
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('main article').first().getByRole('heading')).toHaveText(NEWEST_FIRST[0]!.title);
  await expect(alert).toHaveCount(0);
});

test('a bundle of another schema version is refused with a clear message', async ({ page }) => {
  await page.route('**/data/manifest.json', async (route) => {
    const response = await route.fetch();
    const manifest: unknown = await response.json();
    const foreign = typeof manifest === 'object' && manifest !== null ? { ...manifest, schemaVersion: 999 } : manifest;
    await route.fulfill({ response, json: foreign });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('资讯数据版本不兼容');
  await expect(alert).toContainText('schemaVersion 999');
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
});

test('the first screen does not wait for the timeline that scrolling needs', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/timeline/*.json', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto('/');
  await expect(page.locator('main article').first().getByRole('heading')).toHaveText(NEWEST_FIRST[0]!.title);
  const manifest = (await (await page.request.get('/data/manifest.json')).json()) as { articleCount: number };
  await expect(page.getByText(`共 ${manifest.articleCount} 篇`)).toBeVisible();
  await expect(page.getByRole('button', { name: '全部标为已读' })).toBeDisabled();
  release();
  await expect(page.getByRole('button', { name: '全部标为已读' })).toBeEnabled();
});
