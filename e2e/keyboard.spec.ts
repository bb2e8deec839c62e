import type { Page } from '@playwright/test';
import { expect, test } from './support/offline-test';

test('j and k move through the list, Enter opens, u returns to the same item', async ({ page }) => {
  await page.goto('/?category=%E9%87%91%E8%9E%8D');
  const links = page.locator('main article h3 a');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(links.nth(1)).toBeFocused();
  const title = await links.nth(1).textContent();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/[^?]+\?category=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');

  await page.keyboard.press('u');
  await expect(page).toHaveURL(/\/\?category=/);
  await expect(links.nth(1)).toBeFocused();
});

test('o opens the current item and Esc goes back', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article h3 a').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('main article h3 a').first()).toBeFocused();
  await page.keyboard.press('o');
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('/');
});

test('b bookmarks the current item', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article h3 a').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('main article h3 a').first()).toBeFocused();
  const toggle = page
    .locator('main article')
    .first()
    .getByRole('button', { name: /^(收藏|已收藏)$/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('b');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAccessibleName('已收藏');
  await page.keyboard.press('b');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('? opens the shortcut help, Esc closes it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '快捷键' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('下一条');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('shortcuts stay out of the way while typing', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'scratch');
    document.querySelector('main')?.prepend(input);
  });
  await page.getByLabel('scratch').fill('jjk?');
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeHidden();
  await expect(page.getByLabel('scratch')).toHaveValue('jjk?');
});

const FINANCE = '/?category=%E9%87%91%E8%9E%8D';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('in the reading view j/→ and k/← walk the list it came from, m toggles read, s and b bookmark, u returns to the article read last', async ({ page }) => {
  await page.goto(FINANCE);
  const links = page.locator('main article h3 a');
  await expect(links.first()).toBeVisible();
  // The sixth article under 金融 is 港交所…; the next one there is 储能… (two 科技/汽车 articles lie between in the full list).
  for (let i = 0; i < 6; i++) await page.keyboard.press('j');
  await expect(links.nth(5)).toBeFocused();
  await expect(links.nth(5)).toHaveText('港交所公布年末交易安排 最后交易日仅设半日市');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('港交所公布年末交易安排 最后交易日仅设半日市');

  await page.keyboard.press('j');
  await expect(heading(page)).toHaveText('储能电池出货量同比翻番 产业链加速出海');
  await expect(page).toHaveURL(/\/articles\/[^?]+\?category=/);
  await page.keyboard.press('k');
  await expect(heading(page)).toHaveText('港交所公布年末交易安排 最后交易日仅设半日市');
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('储能电池出货量同比翻番 产业链加速出海');
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('数字经济板块午后走强 科技园区概念集体拉升');
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText('储能电池出货量同比翻番 产业链加速出海');

  // Opening it marked it read; m makes it unread, and read again.
  const toolbar = page.getByRole('group', { name: '文章操作' });
  await expect(toolbar.getByRole('button', { name: '标为未读' })).toBeVisible();
  await page.keyboard.press('m');
  await expect(toolbar.getByRole('button', { name: '标为已读' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已标为未读' })).toBeAttached();
  await page.keyboard.press('m');
  await expect(toolbar.getByRole('button', { name: '标为未读' })).toBeVisible();
  await page.keyboard.press('m');
  await expect(toolbar.getByRole('button', { name: '标为已读' })).toBeVisible();

  const bookmark = toolbar.getByRole('button', { name: /^(收藏|已收藏)$/ });
  await expect(bookmark).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('s');
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('b');
  await expect(bookmark).toHaveAttribute('aria-pressed', 'false');

  // Back in the list: focus on the article read last (reached with j/k, not opened there),
  // which stays unread as m left it.
  await page.keyboard.press('u');
  await expect(page).toHaveURL(FINANCE);
  const last = page.locator('main article').filter({ hasText: '储能电池出货量同比翻番' });
  await expect(last.locator('h3 a')).toBeFocused();
  await expect(last.locator('[data-read]')).toHaveCount(0);
  await expect(page.locator('main article').filter({ hasText: '数字经济板块午后走强' }).locator('[data-read]')).toHaveCount(1);
});

test('m in the list toggles the focused item read and unread, also where 全部标为已读 covers it', async ({ page }) => {
  await page.goto('/?category=%E6%B1%BD%E8%BD%A6');
  const item = page.locator('main article').first();
  await expect(item).toBeVisible();
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await expect(item.locator('[data-read]')).toHaveCount(1);
  await page.keyboard.press('j');
  await expect(item.locator('h3 a')).toBeFocused();
  await page.keyboard.press('m');
  await expect(item.locator('[data-read]')).toHaveCount(0);
  // Marked unread beats the rule made before it, after a reload too, and under 只看未读.
  await page.reload();
  await expect(item).toBeVisible();
  await expect(item.locator('[data-read]')).toHaveCount(0);
  await page.goto('/?category=%E6%B1%BD%E8%BD%A6&unread=1');
  await expect(page.locator('main article').filter({ hasText: '新能源车企密集发布年末促销' })).toHaveCount(1);
  await page.goto('/?category=%E6%B1%BD%E8%BD%A6');
  await expect(item).toBeVisible();
  await page.keyboard.press('j');
  await expect(item.locator('h3 a')).toBeFocused();
  await page.keyboard.press('m');
  await expect(item.locator('[data-read]')).toHaveCount(1);
});

/** The labels the help dialog lists, in order. */
async function helpLabels(page: Page): Promise<string[]> {
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '快捷键' });
  await expect(dialog).toBeVisible();
  const labels = await dialog.locator('dd').allTextContents();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return labels;
}

test('? lists exactly the keys of the page on screen', async ({ page }) => {
  const source = 'https://finance.sina.com.cn/roll/2022-03-15/doc-test.shtml';
  let withSource = true;
  await page.route('**/data/articles/**', async (route) => {
    const response = await route.fetch();
    const article = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...article, sourceUrl: withSource ? source : 'javascript:alert(1)' } });
  });
  const listKeys = ['下一条', '上一条', '打开', '标为已读 / 未读', '收藏', '搜索', '切换主题', '显示本帮助'];
  await page.goto('/');
  await expect(page.locator('main article h3 a').first()).toBeVisible();
  expect(await helpLabels(page)).toEqual(listKeys);

  await page.locator('main article h3 a').first().click();
  await expect(heading(page)).toBeVisible();
  await expect(page.getByRole('link', { name: '在来源网站查看原文（新标签页打开）' })).toBeVisible();
  expect(await helpLabels(page)).toEqual([
    '下一篇（更早）',
    '上一篇（更新）',
    '返回列表',
    '标为已读 / 未读',
    '收藏',
    '查看原文',
    '搜索',
    '切换主题',
    '显示本帮助',
  ]);

  // Without a source URL that may be opened there is no v, and no 查看原文.
  withSource = false;
  await page.keyboard.press('j');
  await expect(heading(page)).toHaveText('港股三大指数午后走强 科技板块领涨');
  await expect(page.getByRole('link', { name: '在来源网站查看原文（新标签页打开）' })).toHaveCount(0);
  expect(await helpLabels(page)).toEqual(['下一篇（更早）', '上一篇（更新）', '返回列表', '标为已读 / 未读', '收藏', '搜索', '切换主题', '显示本帮助']);

  await page.getByRole('link', { name: '股票', exact: true }).click();
  await expect(page).toHaveURL('/stocks');
  await expect(heading(page)).toBeVisible();
  expect(await helpLabels(page)).toEqual(['搜索', '切换主题', '显示本帮助']);

  // A stock's page has a list of its own.
  await page.goto('/stocks/sz300750');
  await expect(page.locator('main article h3 a').first()).toBeVisible();
  expect(await helpLabels(page)).toEqual(listKeys);

  await page.goto('/bookmarks');
  await expect(heading(page)).toBeVisible();
  expect(await helpLabels(page)).toEqual(['搜索', '切换主题', '显示本帮助']);
});

test('v opens the original in a new tab, without opener or referrer', async ({ page, context }) => {
  const source = 'https://finance.sina.com.cn/roll/2022-03-15/doc-test.shtml';
  await page.route('**/data/articles/**', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...((await response.json()) as object), sourceUrl: source } });
  });
  // A page to land on (the other hosts' stub answers 204, which a tab does not navigate to).
  await context.route(source, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>原文</title>' }));
  await page.goto('/');
  await page.locator('main article h3 a').first().click();
  await expect(heading(page)).toBeVisible();
  const link = page.getByRole('link', { name: '在来源网站查看原文（新标签页打开）' });
  await expect(link).toHaveAttribute('href', source);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('v')]);
  await popup.waitForLoadState('domcontentloaded');
  expect(popup.url()).toBe(source);
  expect(await popup.evaluate(() => window.opener === null && document.referrer === '')).toBe(true);
  await expect(page).toHaveURL(/\/articles\//);
});
