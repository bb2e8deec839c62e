import { expect, test } from './support/offline-test';

/**
 * The fixture posts (e2e/fixtures/posts), newest first, with their GMT dates in Beijing time.
 * The clock is fixed in 2022, so only the 2021 post shows its year; 2021-12-31 16:20 GMT is
 * already New Year's Day in Beijing.
 */
const NEWEST_FIRST = [
  { title: '央行开展逆回购操作 维护季末流动性合理充裕', source: '新浪财经', time: '3月15日 10:30' },
  { title: '港股三大指数午后走强 科技板块领涨', source: '新浪港股', time: '3月14日 14:05' },
  { title: '白酒板块震荡回升 贵州茅台成交额居前', source: '新浪财经', time: '3月12日 01:45' },
  { title: '恒生科技指数季度检讨结果公布 两只成分股调整', source: '新浪港股', time: '3月9日 17:00' },
  { title: '新年首日 多项金融监管新规正式施行', source: '新浪财经', time: '1月1日 00:20' },
  { title: '港交所公布年末交易安排 最后交易日仅设半日市', source: '新浪港股', time: '2021年12月30日 15:10' },
];

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2022-06-01T04:00:00Z'));
});

async function expectNewestFirstInBeijingTime(page: import('@playwright/test').Page) {
  await page.goto('/');
  await expect(page.getByRole('link', { name: '读财' })).toBeVisible();
  const list = page.getByRole('list', { name: '最新资讯列表' });
  await expect(list.getByRole('heading', { level: 2 })).toHaveText(NEWEST_FIRST.map((a) => a.title));
  await expect(list.locator('time')).toHaveText(NEWEST_FIRST.map((a) => a.time));
  await expect(list.getByRole('listitem')).toHaveText(NEWEST_FIRST.map((a) => new RegExp(a.source)));
  await expect(page.getByText(/共\s*6\s*篇/)).toBeVisible();
}

test('the home page lists the titles newest first, dated in Beijing time', async ({ page }) => {
  await expectNewestFirstInBeijingTime(page);
  await expect(page).toHaveTitle(/读财/);
});

test.describe('in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the dates are still Beijing time', async ({ page }) => {
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    await expectNewestFirstInBeijingTime(page);
  });
});

test('an unknown path shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page).toHaveTitle(/找不到页面/);
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('list', { name: '最新资讯列表' }).getByRole('listitem')).toHaveCount(6);
});

test('a missing bundle shows an error whose retry recovers once the bundle is back', async ({ page }) => {
  await page.route('**/data/manifest.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('找不到资讯数据');
  await expect(page.getByRole('list', { name: '最新资讯列表' })).toHaveCount(0);

  await page.unroute('**/data/manifest.json');
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('list', { name: '最新资讯列表' }).getByRole('heading')).toHaveText(
    NEWEST_FIRST.map((a) => a.title),
  );
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
