import { expect, test } from './support/offline-test';

test('the stock directory lists every stock with its count and filters by market', async ({ page }) => {
  await page.goto('/stocks');
  await expect(page.getByRole('heading', { level: 1, name: '股票' })).toBeVisible();
  const list = page.getByRole('list', { name: '股票列表' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list.getByRole('listitem').first()).toContainText('宁德时代');
  await expect(list.getByRole('listitem').first()).toContainText('300750.SZ · 深交所');
  await expect(list.getByRole('listitem').first()).toContainText('2 篇资讯');
  await page.getByRole('button', { name: '港股' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('腾讯控股');
});

test('a stock page shows its articles, the stocks mentioned with it, and its quote link', async ({ page }) => {
  await page.goto('/stocks');
  await page.getByRole('link', { name: /宁德时代/ }).click();
  await expect(page).toHaveURL('/stocks/sz300750');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('宁德时代');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('300750.SZ');
  await expect(page).toHaveTitle(/宁德时代/);
  const related = page.getByRole('region', { name: '常一同提及' });
  await expect(related.getByRole('link')).toHaveText([/比亚迪\s*1/]);
  const quote = page.getByRole('link', { name: /宁德时代的新浪财经行情/ });
  await expect(quote).toHaveAttribute('href', 'https://finance.sina.com.cn/realstock/company/sz300750/nc.shtml');
  await expect(quote).toHaveAttribute('target', '_blank');
  await expect(quote).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('main article').getByRole('heading', { level: 3 })).toHaveText([
    '新能源车企密集发布年末促销 动力电池供应趋紧',
    '储能电池出货量同比翻番 产业链加速出海',
  ]);
  await related.getByRole('link', { name: /比亚迪/ }).click();
  await expect(page).toHaveURL('/stocks/sz002594');
});

test('an unknown stock gets a proper not-found page', async ({ page }) => {
  await page.goto('/stocks/sz999999');
  await expect(page.getByRole('heading', { name: '找不到这只股票' })).toBeVisible();
  await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
});

test('a stock directory that fails says why in the page, keeps the header working, and 重试 brings it', async ({ page }) => {
  let fail = true;
  await page.route('**/data/stocks/*.json', async (route) => {
    if (fail) await route.fulfill({ status: 503, body: 'busy' });
    else await route.fallback();
  });
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '股票' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('服务器暂时无法提供资讯', { timeout: 15_000 });
  await expect(page).toHaveTitle(/出错/);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();

  fail = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('list', { name: '股票列表' }).getByRole('listitem')).toHaveCount(4);
  await expect(alert).toHaveCount(0);
  // Retried in place: Back leaves /stocks, not a second copy of it.
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test("a stock's page names the stock before its articles arrive", async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/facets/*.json', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto('/stocks/sz300750');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('宁德时代');
  await expect(page.locator('main article')).toHaveCount(0);
  release();
  await expect(page.locator('main article')).toHaveCount(2);
});
