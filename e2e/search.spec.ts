import type { Page } from '@playwright/test';

import { expect, test } from './support/offline-test';

// Tall enough that the virtualized list renders every fixture article.
test.use({ viewport: { width: 1280, height: 2400 } });

const titles = (page: Page) => page.locator('main article').getByRole('heading', { level: 3 }).allTextContents();
const searchBox = (page: Page) => page.getByRole('searchbox', { name: '搜索资讯' });
const countLine = (page: Page) => page.locator('main [data-count]');

const LIQUIDITY = '央行开展逆回购操作 维护季末流动性合理充裕';
const DIGITAL = '数字经济板块午后走强 科技园区概念集体拉升';
const HONG_KONG = '港股三大指数午后走强 科技板块领涨';
const MOUTAI = '白酒板块震荡回升 贵州茅台成交额居前';

test('typing in the header searches as you type, highlights the words, and the URL keeps the query', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article h3 a').first()).toBeVisible();
  await searchBox(page).fill('流动性');
  await expect(page).toHaveURL(/\?q=%E6%B5%81%E5%8A%A8%E6%80%A7$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索“流动性”');
  // In a title in one article, only in the body of the other: title matches first.
  await expect.poll(() => titles(page)).toEqual([LIQUIDITY, DIGITAL]);
  await expect(countLine(page)).toHaveText('找到 2 篇');

  const first = page.locator('main article').filter({ hasText: LIQUIDITY });
  await expect(first.getByRole('heading', { level: 3 }).locator('mark')).toHaveText(['流动性']);
  // The body-only match shows a snippet around the first hit in the body.
  const second = page.locator('main article').filter({ hasText: DIGITAL });
  await expect(second.getByRole('heading', { level: 3 }).locator('mark')).toHaveCount(0);
  await expect(second.locator('mark').first()).toHaveText('流动性');
  await expect(second).toContainText('银行间市场流动性保持合理充裕');

  // Typing a query is one history entry, not one per keystroke.
  await searchBox(page).fill('合理充裕');
  await expect(page).toHaveURL(/\?q=%E5%90%88%E7%90%86%E5%85%85%E8%A3%95$/);
  await expect.poll(() => titles(page)).toEqual([LIQUIDITY, DIGITAL]);
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(searchBox(page)).toHaveValue('');
  await page.goForward();
  await expect(searchBox(page)).toHaveValue('合理充裕');

  await page.reload();
  await expect(searchBox(page)).toHaveValue('合理充裕');
  await expect.poll(() => titles(page)).toEqual([LIQUIDITY, DIGITAL]);
});

test('/ focuses the search box from any page, Enter searches, Esc leaves it', async ({ page }) => {
  await page.goto('/stocks');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('港股');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?q=%E6%B8%AF%E8%82%A1$/);
  // 港股 is in one title (the others only name 新浪港股 as their source, which is not searched).
  await expect.poll(() => titles(page)).toEqual([HONG_KONG]);
  await expect(countLine(page)).toHaveText('找到 1 篇');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).not.toBeFocused();
  // Out of the box, the keys are the list's again: j moves through the results.
  await page.keyboard.press('j');
  await expect(page.locator('main article h3 a').first()).toBeFocused();
});

test('the search box shows the query of the URL; Back and Forward walk through searches', async ({ page }) => {
  await page.goto('/?q=%E5%A4%AE%E8%A1%8C');
  await expect(searchBox(page)).toHaveValue('央行');
  await expect.poll(() => titles(page)).toEqual([LIQUIDITY, DIGITAL]);
  await searchBox(page).fill('茅台');
  await expect.poll(() => titles(page)).toEqual([MOUTAI]);
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('央行');
  await expect.poll(() => titles(page)).toEqual([LIQUIDITY, DIGITAL]);
  await page.goForward();
  await expect(searchBox(page)).toHaveValue('茅台');
  await expect.poll(() => titles(page)).toEqual([MOUTAI]);
});

test('words separated by spaces must all be there; none found says so and offers to search everything', async ({ page }) => {
  await page.goto('/?q=' + encodeURIComponent('央行 午后'));
  await expect.poll(() => titles(page)).toEqual([DIGITAL]);
  await expect(countLine(page)).toHaveText('找到 1 篇');

  await page.goto('/?q=' + encodeURIComponent('央行 茅台'));
  await expect(page.getByRole('status').filter({ hasText: '没有找到包含“央行 茅台”的资讯' })).toBeVisible();
  await expect(countLine(page)).toHaveText('找到 0 篇');

  // Under a filter that excludes every hit, one click searches everything instead.
  await page.goto('/?q=' + encodeURIComponent('科技') + '&category=' + encodeURIComponent('汽车'));
  await expect(page.getByText('当前的分类或股票筛选下没有结果。')).toBeVisible();
  await page.getByRole('link', { name: '在全部资讯中搜索' }).click();
  await expect(page).toHaveURL(/\/\?q=%E7%A7%91%E6%8A%80$/);
  await expect.poll(async () => (await titles(page)).sort()).toEqual([HONG_KONG, '恒生科技指数季度检讨结果公布 两只成分股调整', DIGITAL].sort());

  // One character is not searched alone: the page says what to do.
  await page.goto('/?q=' + encodeURIComponent('股'));
  await expect(page.getByText('请至少输入两个字再搜索。')).toBeVisible();
  await expect(page.locator('main article')).toHaveCount(0);
});

test('a search combines with the category and stock filters, and the tree counts follow it', async ({ page }) => {
  await page.goto('/?q=' + encodeURIComponent('科技'));
  const tree = page.getByRole('navigation', { name: '分类' });
  await expect.poll(async () => (await titles(page)).length).toBe(3);
  // Every hit is filed under 金融 (two under 新浪港股, one under 新浪财经－国內), none under 汽车.
  await expect(tree.getByRole('checkbox', { name: /^金融/ }).locator('xpath=..')).toContainText('3');
  await expect(tree.getByRole('checkbox', { name: /^汽车/ }).locator('xpath=..')).toContainText('0');

  // Choosing a category, and removing it again, keeps the search.
  await tree.getByRole('checkbox', { name: /^汽车/ }).click();
  await expect(page).toHaveURL(/q=%E7%A7%91%E6%8A%80/);
  await expect(page).toHaveURL(/category=%E6%B1%BD%E8%BD%A6/);
  await expect(page.getByText('当前的分类或股票筛选下没有结果。')).toBeVisible();
  await page.getByRole('link', { name: '移除筛选：汽车' }).click();
  await expect(page).toHaveURL(/\/\?q=%E7%A7%91%E6%8A%80$/);
  await expect.poll(async () => (await titles(page)).length).toBe(3);

  await page.goto('/?q=' + encodeURIComponent('科技') + '&category=' + encodeURIComponent('金融/新浪财经/新浪财经－国內'));
  await expect.poll(() => titles(page)).toEqual([DIGITAL]);
  await expect(countLine(page)).toHaveText('找到 1 篇');

  await page.goto('/?q=' + encodeURIComponent('板块') + '&stock=sh600519');
  await expect.poll(() => titles(page)).toEqual([MOUTAI]);
  await expect(countLine(page)).toHaveText('找到 1 篇');
});

test('a stock’s code, symbol or name finds every article that mentions the stock', async ({ page }) => {
  for (const query of ['600519', 'sh600519', 'SH600519', '600519.SH', '贵州茅台', '茅台']) {
    await page.goto('/?q=' + encodeURIComponent(query));
    await expect.poll(() => titles(page), { message: query }).toContain(MOUTAI);
  }
});

test('title matches first, then articles that use the words often; 最新 sorts newest first, and the choice is in the URL', async ({ page }) => {
  // 拉升 is in the title of the older article and only in the body of the newer one.
  await page.goto('/?q=' + encodeURIComponent('拉升'));
  await expect.poll(() => titles(page)).toEqual([DIGITAL, HONG_KONG]);
  const sort = page.getByRole('navigation', { name: '排序' });
  await expect(sort.getByRole('link', { name: '标题优先' })).toHaveAttribute('aria-current', 'true');
  await sort.getByRole('link', { name: '最新' }).click();
  await expect(page).toHaveURL(/sort=newest/);
  await expect.poll(() => titles(page)).toEqual([HONG_KONG, DIGITAL]);
  await page.reload();
  await expect.poll(() => titles(page)).toEqual([HONG_KONG, DIGITAL]);
  await page.goBack();
  await expect.poll(() => titles(page)).toEqual([DIGITAL, HONG_KONG]);

  // In no title: the oldest article uses 资金 five times, the newer two once each.
  await page.goto('/?q=' + encodeURIComponent('资金'));
  await expect.poll(() => titles(page)).toEqual([DIGITAL, LIQUIDITY, HONG_KONG]);
  await page.goto('/?q=' + encodeURIComponent('资金') + '&sort=newest');
  await expect.poll(() => titles(page)).toEqual([LIQUIDITY, HONG_KONG, DIGITAL]);
});

test('opening a result and coming back returns to the same results with focus on it', async ({ page }) => {
  await page.goto('/?q=' + encodeURIComponent('午后'));
  await expect.poll(() => titles(page)).toEqual([HONG_KONG, DIGITAL]);
  await page.getByRole('link', { name: DIGITAL }).click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DIGITAL);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=%E5%8D%88%E5%90%8E$/);
  await expect(searchBox(page)).toHaveValue('午后');
  await expect.poll(() => titles(page)).toEqual([HONG_KONG, DIGITAL]);
  await expect(page.getByRole('link', { name: DIGITAL })).toBeFocused();
});

test('a hostile query is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)> "><script>alert(2)</script>';
  await page.goto('/?q=' + encodeURIComponent(hostile));
  await expect(searchBox(page)).toHaveValue(hostile);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`搜索“${hostile}”`);
  await expect(page.locator('main img[src="x"], main script')).toHaveCount(0);
  // The fixture whose body carries a script is found, shown as text, and its script stays dead.
  await searchBox(page).fill('安全测试');
  await expect.poll(() => titles(page)).toEqual(['安全测试稿件：正文夹带脚本与事件属性']);
  await page.getByRole('link', { name: '安全测试稿件：正文夹带脚本与事件属性' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the search box takes the header row while it has the focus, and the navigation comes back after', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main article h3 a').first()).toBeVisible();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav).toBeVisible();
    await searchBox(page).focus();
    await expect(nav).toBeHidden();
    const box = await searchBox(page).boundingBox();
    expect(box?.width).toBeGreaterThan(220);
    await searchBox(page).fill('宁德时代');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索“宁德时代”');
    await page.getByRole('heading', { level: 1 }).click();
    await expect(nav).toBeVisible();
    await expect(searchBox(page)).toHaveValue('宁德时代');
  });
});
