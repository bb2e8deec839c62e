import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { bundleIds } from './support/bundle-articles';
import { expect, test } from './support/offline-test';

/**
 * The reading view, /articles/:id, on the fixture posts (e2e/fixtures/posts): 001 has a
 * reporter line and an editor, 003 names 贵州茅台, 102 names 比亚迪 and 宁德时代, 201 is
 * long with a local chart, a Sina image (stubbed, so it fails), a list and a table, and
 * 202 is a post full of script injections.
 */
const TITLES = {
  withCredits: '央行开展逆回购操作 维护季末流动性合理充裕',
  withStock: '白酒板块震荡回升 贵州茅台成交额居前',
  withTwoStocks: '新能源车企密集发布年末促销 动力电池供应趋紧',
  long: '数字经济板块午后走强 科技园区概念集体拉升',
  malicious: '安全测试稿件：正文夹带脚本与事件属性',
  hkFirst: '港股三大指数午后走强 科技板块领涨',
  hkMiddle: '恒生科技指数季度检讨结果公布 两只成分股调整',
  hkLast: '港交所公布年末交易安排 最后交易日仅设半日市',
  before: '白酒板块震荡回升 贵州茅台成交额居前',
  after: '新年首日 多项金融监管新规正式施行',
} as const;

const HK = '金融/新浪财经/新浪财经－港股';
const SETTINGS_KEY = 'ducai:reading-settings:v1';

let ids: ReadonlyMap<string, string> | null = null;

/** The id of a fixture article, from the bundle's metadata pages. */
async function idOf(page: Page, title: string): Promise<string> {
  ids ??= await bundleIds(page.request);
  const id = ids.get(title);
  if (id === undefined) throw new Error(`no fixture article titled ${title}`);
  return id;
}

async function openArticle(page: Page, title: string, search = ''): Promise<string> {
  const id = await idOf(page, title);
  await page.goto(`/articles/${id}${search}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  return id;
}

const body = (page: Page) => page.locator('main article [data-article-body]');

// These journeys stub and tamper with requests; a service worker would answer some of
// them itself, out of page.route's reach. The offline journeys test the worker.
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2022-03-15T04:00:00Z'));
});

test.describe('in New York', () => {
  test.use({ timezoneId: 'America/New_York', viewport: { width: 1280, height: 900 } });

  test('an article opened from the list shows its headline, credits, Beijing time, reading time and breadcrumb', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: TITLES.withCredits }).click();
    await expect(page).toHaveURL(/\/articles\/20220315-/);

    const article = page.locator('main article');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(TITLES.withCredits);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(`${TITLES.withCredits} · 读财`);
    await expect(article).toContainText('本报记者 测试组 北京报道');
    await expect(article).toContainText('责任编辑：王测试');
    // 02:30 GMT is 10:30 in Beijing, whatever the reader's own time zone.
    await expect(article.locator('header time')).toHaveText('3月15日 10:30');
    await expect(article.locator('header time')).toHaveAttribute('datetime', '2022-03-15T02:30:00.000Z');
    await expect(article.locator('header')).toContainText('约 1 分钟');
    // The credits left the body for the header and the footer line.
    await expect(body(page)).not.toContainText('责任编辑');
    await expect(body(page)).not.toContainText('本报记者');

    const crumbs = page.getByRole('navigation', { name: '位置' });
    await expect(crumbs).toContainText('新浪财经');
    // The source shows once: 新浪财经 › 金融 › 国內, not 新浪财经 › 金融 › 新浪财经 › 新浪财经－国內.
    await expect(crumbs.getByRole('link')).toHaveText(['金融', '国內']);
    await expect(crumbs.getByRole('link', { name: '金融' })).toHaveAttribute('href', `/?category=${encodeURIComponent('金融')}`);
    await expect(crumbs.getByRole('link', { name: '国內' })).toHaveAttribute('href', `/?category=${encodeURIComponent('金融/新浪财经/新浪财经－国內')}`);
    await crumbs.getByRole('link', { name: '国內' }).click();
    await expect(page).toHaveURL(`/?category=${encodeURIComponent('金融/新浪财经/新浪财经－国內')}`);
  });
});

test('paragraphs are indented 2em and set at a comfortable measure', async ({ page }) => {
  await openArticle(page, TITLES.long);
  const style = await body(page)
    .locator('p')
    .first()
    .evaluate((p) => {
      const s = getComputedStyle(p);
      return { indent: parseFloat(s.textIndent) / parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize), align: s.textAlign };
    });
  expect(style.indent).toBeCloseTo(2);
  expect(style.lineHeight).toBeCloseTo(1.8);
  expect(style.align).toBe('justify');
  const columns = await body(page).evaluate((el) => el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize));
  expect(columns).toBeGreaterThanOrEqual(34);
  expect(columns).toBeLessThanOrEqual(40);
  await expect(body(page).locator('figcaption').first()).toHaveCSS('text-indent', '0px');
  await expect(body(page).locator('li').first()).toHaveCSS('text-indent', '0px');
});

test('a stock named in the body shows its code on hover and on focus, and Esc closes it', async ({ page }) => {
  await openArticle(page, TITLES.withStock);
  const mention = body(page).getByRole('button', { name: '贵州茅台' });
  await expect(mention).toHaveJSProperty('tagName', 'MARK');
  await expect(mention).not.toHaveAttribute('title');
  const card = page.getByRole('group', { name: '贵州茅台的股票信息' });
  await expect(card).toHaveCount(0);

  await mention.hover();
  await expect(card).toBeVisible();
  await expect(card).toContainText('贵州茅台 · 600519.SH · 上交所');
  await expect(card.getByRole('link', { name: '读财股票页' })).toHaveAttribute('href', '/stocks/sh600519');
  const quote = card.getByRole('link', { name: '贵州茅台的新浪财经行情（新标签页打开）' });
  await expect(quote).toHaveAttribute('href', 'https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml');
  await expect(quote).toHaveAttribute('target', '_blank');
  await expect(quote).toHaveAttribute('rel', 'noopener noreferrer');
  await page.mouse.move(5, 400);
  await expect(card).toHaveCount(0);

  // Keyboard: focus opens it, Tab reaches its links, Esc closes it and returns to the name.
  await mention.focus();
  await expect(card).toBeVisible();
  await expect(mention).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(card.getByRole('link', { name: '读财股票页' })).toBeFocused();
  const url = page.url();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(mention).toBeFocused();
  await expect(page).toHaveURL(url); // Esc closed the card, it did not leave the article
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('/');
});

test('only the stocks the article lists get a card', async ({ page }) => {
  const id = await idOf(page, TITLES.withStock);
  await page.route(`**/data/articles/${id}.json*`, async (route) => {
    const response = await route.fetch();
    const article = (await response.json()) as Record<string, unknown>;
    article.html = '<p>甲<mark data-stock="sh600519">贵州茅台</mark>乙<mark data-stock="sz000001">平安银行</mark>丙</p>';
    await route.fulfill({ response, json: article });
  });
  await page.goto(`/articles/${id}`);
  await expect(body(page).getByRole('button', { name: '贵州茅台' })).toBeVisible();
  await expect(body(page)).toContainText('平安银行');
  await expect(body(page).getByRole('button', { name: '平安银行' })).toHaveCount(0);
  await expect(body(page).locator('mark')).toHaveCount(1);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('tapping a stock opens its card, tapping elsewhere closes it', async ({ page }) => {
    await openArticle(page, TITLES.withTwoStocks);
    const mention = body(page).getByRole('button', { name: '比亚迪' });
    await mention.tap();
    const card = page.getByRole('group', { name: '比亚迪的股票信息' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('比亚迪 · 002594.SZ · 深交所');
    const box = await card.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(card).toHaveCount(0);
    await mention.tap();
    await expect(card).toBeVisible();
    await mention.tap();
    await expect(card).toHaveCount(0);
  });
});

test('reading settings apply at once, close with Esc and persist after a reload', async ({ page }) => {
  await openArticle(page, TITLES.withStock);
  const open = page.getByRole('button', { name: '阅读设置', exact: true });
  await open.click();
  const panel = page.getByRole('dialog', { name: '阅读设置' });
  await expect(panel).toBeVisible();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('radio', { name: '标准' })).toBeFocused();

  await panel.getByRole('radio', { name: '特大' }).check();
  await expect(body(page)).toHaveCSS('font-size', '23px');
  await panel.getByRole('radio', { name: '宋体' }).check();
  await expect(body(page)).toHaveCSS('font-family', /Serif CJK/);
  await panel.getByRole('radio', { name: '深色' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await panel.getByRole('switch', { name: '高亮股票' }).uncheck();
  await expect(body(page).locator('mark')).toHaveCount(0);
  await expect(body(page)).toContainText('贵州茅台');

  const url = page.url();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(open).toBeFocused();
  await expect(page).toHaveURL(url);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.withStock);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(body(page)).toHaveCSS('font-size', '23px');
  await expect(body(page).locator('mark')).toHaveCount(0);
  await open.click();
  await expect(panel.getByRole('radio', { name: '特大' })).toBeChecked();
  await expect(panel.getByRole('radio', { name: '深色' })).toBeChecked();
  await expect(panel.getByRole('switch', { name: '高亮股票' })).not.toBeChecked();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(panel).toBeHidden();
});

test('a theme chosen in one tab shows in the others at once', async ({ page, context }) => {
  await page.goto('/');
  const other = await context.newPage();
  await other.goto(`/articles/${await idOf(other, TITLES.withStock)}`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(TITLES.withStock);

  const before = await page.locator('html').getAttribute('data-theme');
  await page.getByRole('button', { name: /切换主题/ }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
  const chosen = await page.locator('html').getAttribute('data-theme');
  expect(chosen).not.toBeNull();
  await expect(other.locator('html')).toHaveAttribute('data-theme', chosen!);
});

test('the saved theme is on <html> before the app runs, and "system" follows the OS live', async ({ page }) => {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, JSON.stringify({ theme: 'sepia' })] as const);
  // Hold the app's script back: while #root is empty, only index.html's inline script has run.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/articles/${await idOf(page, TITLES.withStock)}`, { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect(page.locator('#root')).toBeEmpty();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.withStock);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');

  await page.getByRole('button', { name: '阅读设置', exact: true }).click();
  await page.getByRole('radio', { name: '跟随系统' }).check();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('copy link puts the article address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = await openArticle(page, TITLES.withStock, `?category=${encodeURIComponent('金融')}`);
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  await expect(page.getByRole('button', { name: '链接已复制' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(`/articles/${id}`, page.url()).href);
});

test('copy link falls back when the Clipboard API refuses, and says when copying failed', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    Object.defineProperty(document, 'execCommand', { value: () => false });
  });
  await openArticle(page, TITLES.withStock);
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('status').filter({ hasText: '复制失败' })).toBeVisible();
  await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
});

test('the progress bar follows the reader through the article', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openArticle(page, TITLES.long);
  const progress = page.getByRole('progressbar', { name: '阅读进度' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(10);
  expect(Number(await progress.getAttribute('aria-valuenow'))).toBeLessThan(90);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
});

test('previous and next stay within the list filter, and back keeps it', async ({ page }) => {
  const search = `?category=${encodeURIComponent(HK)}`;
  await openArticle(page, TITLES.hkMiddle, search);
  const nav = page.getByRole('navigation', { name: '上一篇和下一篇' });
  await expect(nav.getByRole('link', { name: new RegExp(`上一篇.*${TITLES.hkFirst}`) })).toHaveAttribute(
    'href',
    `/articles/${await idOf(page, TITLES.hkFirst)}${search}`,
  );
  await expect(page.getByRole('link', { name: '返回列表' })).toHaveAttribute('href', `/${search}`);

  await nav.getByRole('link', { name: new RegExp(`下一篇.*${TITLES.hkLast}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.hkLast);
  await expect(page).toHaveURL(`/articles/${await idOf(page, TITLES.hkLast)}${search}`);
  await expect(nav).toContainText('已是最后一篇');
  await expect(page.getByRole('progressbar', { name: '阅读进度' })).toBeAttached();

  await page.getByRole('link', { name: '返回列表' }).click();
  await expect(page).toHaveURL(`/${search}`);

  // Without a filter the neighbours are those of the whole list.
  await openArticle(page, TITLES.hkMiddle);
  await expect(nav.getByRole('link', { name: new RegExp(`上一篇.*${TITLES.before}`) })).toBeVisible();
  await expect(nav.getByRole('link', { name: new RegExp(`下一篇.*${TITLES.after}`) })).toBeVisible();
});

/** Fails the test on any dialog and reports any global an injected script would have set. */
/**
 * Until every image of the body has loaded or failed and two frames have passed: the
 * events a hostile attribute would hang on (load, error) have all been dispatched.
 */
async function settled(page: Page): Promise<void> {
  // Lazy images load once near the viewport.
  for (const image of await body(page).locator('img').all()) await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-article-body] img')].every((img) => img.complete));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

function tripwire(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    dialogs,
    globals: () => page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__xss'))),
  };
}

/** What must never be in the reading view, whatever the article holds. */
async function expectNoActiveContent(page: Page) {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    const root = document.querySelector('main article [data-article-body]');
    if (!root) return ['no article body'];
    // The reader's own controls (an image's 重试, a stock's card, placed by a style) carry data-reader-control, which the
    // allow-list never lets a post write (checked in html-policy.test.ts).
    const forbidden =
      'script, style, iframe, frame, object, embed, form, input, button:not([data-reader-control]), select, textarea, math, template, details, base, meta, link, noscript';
    for (const el of root.querySelectorAll(forbidden)) problems.push(`<${el.localName}> in the body`);
    for (const el of root.querySelectorAll('svg:not([aria-hidden="true"])')) problems.push(`<${el.localName}> in the body`);
    for (const el of root.querySelectorAll('[style]:not([data-reader-control]), [class~="evil"], [id="evil"]'))
      problems.push(`<${el.localName}> with style/class/id`);
    for (const el of document.querySelectorAll('iframe, object, embed, base')) problems.push(`<${el.localName}> in the page`);
    for (const el of document.querySelectorAll('*')) {
      for (const { name } of el.attributes) if (name.startsWith('on')) problems.push(`<${el.localName} ${name}>`);
    }
    for (const el of root.querySelectorAll('[href], [src], [srcset], [xlink\\:href], [action], [formaction]')) {
      for (const name of ['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction']) {
        const value = el.getAttribute(name);
        if (value !== null && !/^(https?:\/\/|\/(?![/\\]))/i.test(value)) problems.push(`<${el.localName} ${name}="${value}">`);
      }
    }
    // Links of the article itself; the stock card's own link to a Ducai page stays in the tab.
    for (const link of root.querySelectorAll('a:not([data-stock-card] a)')) {
      if (link.getAttribute('rel') !== 'noopener noreferrer' || link.getAttribute('target') !== '_blank') {
        problems.push(`<a href="${link.getAttribute('href')}"> without rel/target`);
      }
    }
    if (getComputedStyle(document.body).display === 'none') problems.push('the page was hidden by an injected style');
    return problems;
  });
  expect(found).toEqual([]);
}

test('a malicious post runs no script and keeps none of its markup', async ({ page }) => {
  const wire = tripwire(page);
  await openArticle(page, TITLES.malicious);
  await expect(body(page)).toContainText('本文用于检验阅读页的安全处理');
  await expect(body(page)).toContainText('第三段：正文到此结束。');
  // Give handlers every chance: hover everything, let images fail, wait.
  for (const target of await body(page).locator('p, a').all()) await target.hover();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await settled(page);
  await expectNoActiveContent(page);
  await expect(body(page).getByRole('link', { name: '正常链接' })).toHaveAttribute('href', 'https://example.com/safe');
  await expect(body(page).getByRole('link', { name: '脚本链接' })).toHaveCount(0);
  // The outside image is kept but its host fails (stubbed): a placeholder, and no onerror ran.
  await expect(
    body(page)
      .locator('[data-image-placeholder]')
      .and(page.getByRole('group', { name: '外部图片' })),
  ).toBeVisible();
  expect(wire.dialogs).toEqual([]);
  expect(await wire.globals()).toEqual([]);
});

/**
 * Raw payloads straight into the article file, as a tampered or hand-made bundle would
 * hold them: the reader's own sanitizer is all that stands in between.
 */
const RAW_PAYLOADS = [
  '<p onclick="window.__xssP=1" style="color:red" class="evil" id="evil">第一段</p>',
  '<script>window.__xssScript=1;alert(1)</script>',
  '<img src=x onerror="window.__xssImg=1;alert(1)">',
  '<img src="https://evil.example/a.png" onerror="window.__xssRemote=1" alt="坏图">',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>" onload="window.__xssData=1">',
  '<svg onload="window.__xssSvg=1"><animate onbegin="window.__xssAnim=1" attributeName="x" dur="1s"/></svg>',
  '<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<script>parent.__xssSrcdoc=1</script>"></iframe>',
  '<a href="javascript:window.__xssLink=1">脚本链接</a><a href=" jAvAsCrIpT:alert(1)">大小写</a>',
  '<a href="https://example.com/" target="_self">正常链接</a>',
  '<a href="//evil.example/">协议相对</a><a href="data:text/html,<script>alert(1)</script>">数据链接</a>',
  '<form action="javascript:alert(1)"><input autofocus onfocus="window.__xssFocus=1"><button formaction="javascript:alert(1)">提交</button></form>',
  '<details open ontoggle="window.__xssToggle=1"><summary>摘要</summary></details>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xssNoscript=1>"></p></noscript>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<style>body{display:none!important}</style><link rel="stylesheet" href="https://evil.example/x.css">',
  '<video><source onerror="window.__xssVideo=1"></video><audio src=x onerror="window.__xssAudio=1"></audio>',
  '<mark data-stock="sh600519" onmouseover="window.__xssMark=1">贵州茅台</mark>',
  '<p>最后一段</p>',
  // Last: mutation-XSS through MathML; the parser may fold what follows into it.
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xssMath=1"></style></mglyph></table></mtext></math>',
].join('\n');

test('payloads that bypass the ingest are stopped by the reader itself', async ({ page }) => {
  const wire = tripwire(page);
  const id = await idOf(page, TITLES.withStock);
  await page.route(`**/data/articles/${id}.json*`, async (route) => {
    const response = await route.fetch();
    const article = (await response.json()) as Record<string, unknown>;
    article.html = RAW_PAYLOADS;
    article.title = '<img src=x onerror="window.__xssTitle=1">标题';
    await route.fulfill({ response, json: article });
  });
  await page.goto(`/articles/${id}`);
  await expect(body(page)).toContainText('最后一段');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror="window.__xssTitle=1">标题');
  for (const target of await body(page).locator('p, a, mark').all()) await target.hover();
  await settled(page);
  await expectNoActiveContent(page);
  await expect(body(page).getByRole('link', { name: '正常链接' })).toHaveAttribute('target', '_blank');
  await expect(body(page).getByRole('button', { name: '贵州茅台' })).toBeVisible();
  expect(wire.dialogs).toEqual([]);
  expect(await wire.globals()).toEqual([]);
});

test('an unknown article gets a proper not-found page with a way home', async ({ page }) => {
  await page.goto('/articles/20990101-nosuchid0000');
  await expect(page.getByRole('heading', { level: 1, name: '找不到这篇文章' })).toBeVisible();
  await expect(page.getByText('这篇文章不在当前数据中，可能已被移除。')).toBeVisible();
  await expect(page).toHaveTitle(/找不到这篇文章/);
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL('/');
});

test('while loading there is a skeleton; a failed fetch says why and retries', async ({ page }) => {
  const id = await idOf(page, TITLES.withStock);
  let fail = true;
  // The first answer waits until the skeleton has been seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/data/articles/${id}.json*`, async (route) => {
    await held;
    if (fail) await route.fulfill({ status: 503, body: 'busy' });
    else await route.continue();
  });
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole('status').filter({ hasText: '正在加载文章…' })).toBeAttached();
  release();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('服务器暂时无法提供资讯', { timeout: 15_000 });
  fail = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.withStock);
  await expect(alert).toHaveCount(0);
});

test('an image whose host fails becomes a placeholder, never a broken image', async ({ page }) => {
  await page.route('https://n.sinaimg.cn/**', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await openArticle(page, TITLES.long);
  // The Sina image is the second figure; it loads lazily, once near the viewport.
  await body(page).locator('figure').nth(1).scrollIntoViewIfNeeded();
  const placeholder = body(page).locator('[data-image-placeholder]');
  await expect(placeholder).toHaveCount(1);
  await expect(placeholder).toHaveAccessibleName('两市成交额变化');
  await expect(placeholder).toBeVisible();
  await expect(body(page).locator('figure').nth(1).locator('figcaption')).toHaveText('图为近一周两市成交额变化');
  await expect(body(page).locator('img[src^="https://n.sinaimg.cn/"]')).toHaveCount(0);
  // The local chart loads; every image left in the body has pixels.
  const chart = body(page).getByRole('img', { name: '板块指数日内走势' });
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(chart).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(chart).toHaveAttribute('loading', 'lazy');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const broken = await body(page).evaluate((root) =>
    [...root.querySelectorAll('img')]
      .filter((img) => img.complete && img.naturalWidth === 0 && getComputedStyle(img).visibility !== 'hidden')
      .map((img) => img.src),
  );
  expect(broken).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the reading view has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openArticle(page, TITLES.long);
    await page.getByRole('button', { name: '阅读设置', exact: true }).click();
    await expect(page.getByRole('dialog', { name: '阅读设置' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  });
}

test('an article whose file cannot be fetched while the browser thinks it is online says so and waits for the reader', async ({ page }) => {
  const id = await idOf(page, TITLES.withStock);
  let requests = 0;
  await page.route(`**/data/articles/${id}.json*`, (route) => {
    requests++;
    return route.abort('internetdisconnected');
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) consoleErrors.push(message.text());
  });
  await page.goto(`/articles/${id}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('需要联网才能阅读这篇文章', { timeout: 15_000 });
  const settled = requests;
  // The message stays and nothing more is asked for (it once retried as it mounted, and
  // every retry mounted it again). Showing that nothing happens takes a span of time: 5 s
  // is past the client's whole retry schedule (1 s + 2 s).
  const again = await page
    .waitForRequest((request) => request.url().includes(`/data/articles/${id}.json`), { timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );
  expect(again).toBe(false);
  expect(requests).toBe(settled);
  await expect(alert).toBeVisible();
  // A failed fetch is told on the page, not logged as a defect.
  expect(consoleErrors).toEqual([]);

  await page.unroute(`**/data/articles/${id}.json*`);
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.withStock);
});
