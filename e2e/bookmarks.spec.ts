import { readFile } from 'node:fs/promises';

import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';

import { bundleIds } from './support/bundle-articles';
import { expect, test } from './support/offline-test';
import { bundleWithout, serveBundleFrom } from './support/rebuilt-bundle';

/**
 * Offline bookmarks (收藏): whole articles kept in IndexedDB, so they open without the
 * network and after the bundle is rebuilt without them. Titles and body text come from
 * e2e/fixtures/posts; nothing here depends on the service worker.
 */
const A = { title: '央行开展逆回购操作 维护季末流动性合理充裕', body: '为对冲季末税期等因素影响' };
const B = { title: '数字经济板块午后走强 科技园区概念集体拉升', body: '数字经济板块明显走强' };
const C = { title: '互联网平台加码云计算投入 腾讯控股公布新一轮数据中心计划', body: '新一轮数据中心建设计划' };
const D = { title: '白酒板块震荡回升 贵州茅台成交额居前' };
const E = { title: '港股三大指数午后走强 科技板块领涨' };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

// Tall enough that the virtualized list renders every fixture article. The service
// worker (tested on its own) is kept out, so routed bundle files reach the page.
test.use({ viewport: { width: 1280, height: 2400 }, serviceWorkers: 'block' });

function listItem(page: Page, title: string): Locator {
  return page.locator('main article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** The 收藏 toggle of an item of the list. */
function toggleOf(page: Page, title: string): Locator {
  return listItem(page, title).getByRole('button', { name: /^(收藏|已收藏)$/ });
}

async function bookmarkFromList(page: Page, title: string) {
  const toggle = toggleOf(page, title);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAccessibleName('已收藏');
}

function savedList(page: Page): Locator {
  return page.getByRole('list', { name: '收藏的文章' });
}

/** Titles on /bookmarks, in the order shown. */
async function savedTitles(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1, name: '我的收藏' })).toBeVisible();
  await expect(page.getByText('正在读取收藏…')).toHaveCount(0);
  return page.locator('main [data-bookmark-link]').allTextContents();
}

async function expectSaved(page: Page, titles: readonly string[]) {
  await expect.poll(async () => (await savedTitles(page)).sort()).toEqual([...titles].sort());
}

/** Every one of `titles` is on /bookmarks with its whole article saved (fetched after the toggle). */
async function expectSavedWhole(page: Page, titles: readonly string[]) {
  await page.goto('/bookmarks');
  await expectSaved(page, titles);
  await expect(page.getByText('正文尚未保存')).toHaveCount(0);
}

async function expectOpensInFull(page: Page, article: { title: string; body: string }) {
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.locator('main article').first()).toContainText(article.body);
}

test('bookmarks from the list and the reading view are on /bookmarks, open in full, sort and filter', async ({ page }) => {
  await page.goto('/');
  await bookmarkFromList(page, A.title);

  await listItem(page, B.title).getByRole('link', { name: B.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(B.title);
  const readerToggle = page.locator('main article').getByRole('button', { name: /^(收藏|已收藏)$/ });
  await expect(readerToggle).toHaveText('收藏');
  await readerToggle.click();
  await expect(readerToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(readerToggle).toHaveText('已收藏');

  await page.goto('/bookmarks');
  await expect(page).toHaveTitle(/收藏/);
  // Newest saved first.
  expect(await savedTitles(page)).toEqual([B.title, A.title]);
  await expect(page.getByText('共 2 篇')).toBeVisible();

  // By the article's date, kept in the URL.
  await page.getByRole('group', { name: '排序' }).getByRole('link', { name: '发布时间' }).click();
  await expect(page).toHaveURL(/\/bookmarks\?sort=date$/);
  await expect.poll(() => savedTitles(page)).toEqual([A.title, B.title]);
  await page.reload();
  await expect.poll(() => savedTitles(page)).toEqual([A.title, B.title]);

  // B's images went into the image cache the service worker serves from.
  await expect
    // Images are cached in the background after the bookmark is saved.
    .poll(() => page.evaluate(async () => (await (await caches.open('ducai-images-v1')).keys()).map((r) => r.url).sort()), {
      timeout: 15_000,
    })
    .toEqual([new URL('/images/posts/gold-price-line.svg', page.url()).href, 'https://n.sinaimg.cn/finance/2021/1015/turnover-chart.jpg'].sort());

  // Each opens in full, from the bookmark.
  await savedList(page).getByRole('link', { name: A.title }).click();
  await expectOpensInFull(page, A);
  await page.goBack();
  await savedList(page).getByRole('link', { name: B.title }).click();
  await expectOpensInFull(page, B);
});

test('search within saved articles works offline, in titles and saved bodies', async ({ page, context }) => {
  await page.goto('/');
  for (const { title } of [A, B, C]) await bookmarkFromList(page, title);
  await expectSavedWhole(page, [A.title, B.title, C.title]);

  // Nothing below reaches the network: the search reads the saved copies on the device.
  await context.setOffline(true);
  const box = page.getByRole('searchbox', { name: '搜索收藏' });
  await box.fill('流动性');
  await expect(page).toHaveURL(/\/bookmarks\?q=%E6%B5%81%E5%8A%A8%E6%80%A7$/);
  // A has it in its title; B only in its body, which shows around the match.
  await expect.poll(() => savedTitles(page)).toEqual([B.title, A.title]);
  await expect(page.getByText('3 篇收藏中找到 2 篇')).toBeVisible();
  await expect(savedList(page).getByRole('link', { name: A.title }).locator('mark')).toHaveText(['流动性']);
  const b = page.locator('main [data-bookmark]').filter({ hasText: B.title });
  await expect(b.locator('mark')).toHaveText(['流动性']);
  await expect(b).toContainText('银行间市场流动性保持合理充裕');

  // Every word must be there; a single character is searched too.
  await box.fill('腾讯 数据中心');
  await expect.poll(() => savedTitles(page)).toEqual([C.title]);
  await box.fill('腾');
  await expect.poll(() => savedTitles(page)).toEqual([C.title]);

  await box.fill('没有这个词');
  await expect(page.getByRole('status').filter({ hasText: '收藏中没有包含“没有这个词”的文章' })).toBeVisible();
  await page.getByRole('link', { name: '清除搜索' }).click();
  await expect(box).toHaveValue('');
  await expect.poll(async () => (await savedTitles(page)).length).toBe(3);

  // The query is in the URL: back online, a reload keeps it.
  await box.fill('季末');
  await expect.poll(() => savedTitles(page)).toEqual([A.title]);
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: '搜索收藏' })).toHaveValue('季末');
  await expect.poll(() => savedTitles(page)).toEqual([A.title]);
});

test('the category filter and the undo toast', async ({ page }) => {
  await page.goto('/');
  for (const article of [A, C]) await bookmarkFromList(page, article.title);
  await page.goto('/bookmarks');
  await expectSaved(page, [A.title, C.title]);

  const categories = page.getByRole('navigation', { name: '按分类筛选' });
  await categories.getByRole('link', { name: '科技（1 篇）' }).click();
  await expect(page).toHaveURL(/\/bookmarks\?category=%E7%A7%91%E6%8A%80$/);
  await expect.poll(() => savedTitles(page)).toEqual([C.title]);
  await categories.getByRole('link', { name: /^全部/ }).click();
  await expect.poll(() => savedTitles(page)).toHaveLength(2);

  await page.getByRole('button', { name: `移除收藏：${A.title}` }).click();
  await expect.poll(() => savedTitles(page)).toEqual([C.title]);
  const toast = page.getByRole('status').filter({ hasText: '已移除' });
  await expect(toast).toContainText(`已移除“${A.title}”`);
  await toast.getByRole('button', { name: '撤销' }).click();
  await expectSaved(page, [A.title, C.title]);
  await expect(toast).toHaveCount(0);

  // Left alone, the toast goes after about six seconds and the removal stands.
  await page.getByRole('button', { name: `移除收藏：${C.title}` }).click();
  await expect(toast).toBeVisible();
  await expect(toast).toHaveCount(0, { timeout: 10_000 });
  await page.reload();
  await expectSaved(page, [A.title]);
});

test('bookmarks survive closing and relaunching the browser', async ({ baseURL, launchOptions }, testInfo) => {
  const profile = testInfo.outputPath('profile');
  const launch = async (): Promise<BrowserContext> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: launchOptions.executablePath,
      args: launchOptions.args,
      baseURL,
      viewport: { width: 1280, height: 2400 },
      serviceWorkers: 'block',
    });
    await context.route(
      (url) => !LOCAL_HOSTS.has(url.hostname),
      (route) => route.fulfill({ status: 204, body: '' }),
    );
    return context;
  };

  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await bookmarkFromList(page, A.title);
  await bookmarkFromList(page, C.title);
  await expectSavedWhole(page, [A.title, C.title]);
  await context.close();

  context = await launch();
  try {
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/bookmarks');
    await expectSaved(page, [A.title, C.title]);
    // Opens from the device even with the bundle's copy gone.
    await page.route('**/data/articles/*.json*', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await savedList(page).getByRole('link', { name: C.title }).click();
    await expectOpensInFull(page, C);
  } finally {
    await context.close();
  }
});

test('an article the rebuilt bundle no longer has still opens from the bookmark, marked as gone', async ({ page }) => {
  await page.goto('/');
  await bookmarkFromList(page, A.title);
  await bookmarkFromList(page, B.title);
  const id = await listItem(page, A.title).getAttribute('data-article');
  expect(id).toBeTruthy();
  await expectSavedWhole(page, [A.title, B.title]);

  await serveBundleFrom(page, await bundleWithout(A.title));
  await page.goto('/');
  await expect(listItem(page, B.title)).toBeVisible();
  await expect(listItem(page, A.title)).toHaveCount(0);

  await page.goto('/bookmarks');
  await expectSaved(page, [A.title, B.title]);
  const gone = savedList(page).getByRole('article', { name: A.title });
  await expect(gone).toContainText('已不在当前数据中');
  await expect(savedList(page).getByRole('article', { name: B.title })).not.toContainText('已不在当前数据中');

  await gone.getByRole('link', { name: A.title }).click();
  await expectOpensInFull(page, A);

  // A direct link (a fresh load, nothing in memory) opens the saved copy too, and says why.
  await page.goto(`/articles/${id!}`);
  await expectOpensInFull(page, A);
  await expect(page.getByRole('note')).toContainText('资讯数据更新后已没有这篇文章');
});

test('two pages toggling at once end with exactly what was toggled, and show the same', async ({ context, page }) => {
  const other = await context.newPage();
  await Promise.all([page.goto('/'), other.goto('/')]);
  await expect(toggleOf(page, E.title)).toBeVisible();
  await expect(toggleOf(other, E.title)).toBeVisible();

  const clickAll = async (p: Page, titles: readonly string[]) => {
    for (const title of titles) await toggleOf(p, title).click();
  };
  await Promise.all([clickAll(page, [A.title, B.title, C.title]), clickAll(other, [D.title, E.title])]);

  const all = [A, B, C, D, E].map((a) => a.title);
  for (const p of [page, other]) {
    for (const title of all) await expect(toggleOf(p, title)).toHaveAttribute('aria-pressed', 'true');
  }
  // One page removes what the other added; both see it.
  await toggleOf(other, A.title).click();
  await expect(toggleOf(page, A.title)).toHaveAttribute('aria-pressed', 'false');
  // Toggled on and off quickly in both at once: each ends as its last click left it.
  await Promise.all([clickAll(page, [E.title, E.title]), clickAll(other, [B.title, B.title])]);

  const check = await context.newPage();
  await check.goto('/bookmarks');
  await expectSaved(check, [B.title, C.title, D.title, E.title]);
  await other.close();
  await check.close();
});

test('export, clear, import gives back the same bookmarks', async ({ page }, testInfo) => {
  await page.goto('/');
  for (const article of [A, B, C]) await bookmarkFromList(page, article.title);
  // Leaving the list can cut a copy's fetch short; /bookmarks completes it. Export once
  // every body is on the device (an export before that has the bookmark without its copy).
  await expectSavedWhole(page, [A.title, B.title, C.title]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ducai-bookmarks-\d{8}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as {
    format: string;
    version: number;
    bookmarks: { id: string; article: { title: string; html: string } | null }[];
  };
  expect(exported.format).toBe('ducai-bookmarks');
  expect(exported.version).toBe(1);
  expect(exported.bookmarks.map((b) => b.article?.title).sort()).toEqual([A.title, B.title, C.title].sort());
  expect(exported.bookmarks.every((b) => (b.article?.html.length ?? 0) > 0)).toBe(true);

  for (const article of [A, B, C]) await page.getByRole('button', { name: `移除收藏：${article.title}` }).click();
  await expect(page.getByRole('heading', { name: '还没有收藏' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '还没有收藏' })).toBeVisible();

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入' }).click()]);
  await chooser.setFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '导入完成' })).toContainText('新增 3 篇');
  await expectSaved(page, [A.title, B.title, C.title]);
  await page.reload();
  await expectSaved(page, [A.title, B.title, C.title]);
  await savedList(page).getByRole('link', { name: B.title }).click();
  await expectOpensInFull(page, B);
});

test('a corrupt or wrong import file changes nothing and says why', async ({ page }) => {
  await page.goto('/');
  await bookmarkFromList(page, A.title);
  await page.goto('/bookmarks');
  await expectSaved(page, [A.title]);

  const importFile = async (name: string, content: string) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入' }).click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  };
  const alert = page.getByRole('alert');

  await importFile('ducai-bookmarks-20220315.json', '{"format":"ducai-bookmarks","version":1,"bookmarks":[{"id":');
  await expect(alert).toContainText('无法导入，收藏没有任何改动');
  await expect(alert).toContainText('文件已损坏');
  await expectSaved(page, [A.title]);

  await importFile('other.json', JSON.stringify({ format: 'ducai-bookmarks', version: 99, bookmarks: [] }));
  await expect(alert).toContainText('版本');

  // One good entry and one broken one: the whole file is refused, the good one too.
  const good = { id: '20220101-aaaaaaaaaaaa', savedAt: '2022-01-01T00:00:00.000Z', refreshedAt: null, meta: null, article: null };
  await importFile('half.json', JSON.stringify({ format: 'ducai-bookmarks', version: 1, bookmarks: [good, { ...good, id: 'x', savedAt: 'never' }] }));
  await expect(alert).toContainText('格式不正确');
  // In Chinese only, with what to do next; the field path is for developers (the console).
  await expect(alert).toContainText('请选择读财「导出」生成的 .json 文件再试');
  await expect(alert).not.toContainText('bookmarks[1]');
  expect((await alert.textContent())?.replace('.json', '')).not.toMatch(/[a-z]{3,}/i);
  await page.reload();
  await expectSaved(page, [A.title]);
});

test('an upgrade from the previous database version and the first version’s ids keeps every bookmark', async ({ page }) => {
  // A page of the same origin that is not the app (the app would open the current version).
  await page.goto('/data/manifest.json');
  const ids = Object.fromEntries(await bundleIds(page.request));
  const GONE_V1 = '20200101-gonegonegone';
  const GONE_V0 = '20200102-nevereverwas';

  // Create what the previous versions left: a v1 database and the first version's ids.
  await page.evaluate(
    async ({ a, b, c, goneV1, goneV0 }) => {
      const article = await (await fetch(`/data/articles/${a}.json`)).json();
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ducai', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('bookmarks', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('bookmarks', 'readwrite');
          tx.objectStore('bookmarks').put({ id: a, savedAt: Date.parse('2022-03-15T08:00:00Z'), article, rev: article.rev });
          tx.objectStore('bookmarks').put({ id: goneV1, savedAt: Date.parse('2022-03-14T08:00:00Z'), article: null, rev: null });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
      localStorage.setItem('ducai:bookmarks:v0', JSON.stringify([b, c, goneV0, a]));
    },
    { a: ids[A.title]!, b: ids[B.title]!, c: ids[C.title]!, goneV1: GONE_V1, goneV0: GONE_V0 },
  );

  await page.goto('/bookmarks');
  await expectSaved(page, [A.title, B.title, C.title, `文章 ${GONE_V1}`, `文章 ${GONE_V0}`]);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ducai:bookmarks:v0'))).toBeNull();
  const version = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('ducai');
        open.onsuccess = () => {
          resolve(open.result.version);
          open.result.close();
        };
      }),
  );
  expect(version).toBe(3);

  const list = savedList(page);
  for (const gone of [GONE_V1, GONE_V0]) {
    await expect(list.getByRole('article', { name: `文章 ${gone}` })).toContainText('已不在当前数据中');
  }
  // The ids of the first version were fetched whole; the v1 article kept.
  for (const article of [A, B, C]) await expect(list.getByRole('article', { name: article.title })).not.toContainText('正文尚未保存');
  await list.getByRole('link', { name: A.title }).click();
  await expectOpensInFull(page, A);
  await page.goto('/');
  for (const article of [A, B, C]) await expect(toggleOf(page, article.title)).toHaveAttribute('aria-pressed', 'true');
});

test('a write the device refuses says so and changes nothing', async ({ page }) => {
  await page.goto('/');
  await bookmarkFromList(page, A.title);

  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = refuse;
    IDBObjectStore.prototype.delete = refuse;
  });
  await page.reload();
  await expect(toggleOf(page, A.title)).toHaveAttribute('aria-pressed', 'true');

  await toggleOf(page, B.title).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('收藏失败');
  await expect(alert).toContainText('存储空间已满');
  await expect(toggleOf(page, B.title)).toHaveAttribute('aria-pressed', 'false');

  await alert.getByRole('button', { name: '知道了' }).click();
  await toggleOf(page, A.title).click();
  await expect(alert).toContainText('移除收藏失败');
  await expect(toggleOf(page, A.title)).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/bookmarks');
  await expectSaved(page, [A.title]);
});

test('a reader of a schema 1 bundle keeps bookmarks, read state and settings on the schema 2 bundle', async ({ page }) => {
  // A page of the same origin that is not the app (the app would open the current database).
  await page.goto('/data/manifest.json');
  const ids = Object.fromEntries(await bundleIds(page.request));
  const [a, b, read] = [ids[A.title]!, ids[B.title]!, ids[D.title]!];

  // What the previous release left: database version 2 with bookmarks saved from a schema 1
  // bundle (an article file without neighbours, a rev of that bundle), read records and
  // reading settings in localStorage.
  await page.evaluate(
    async ({ a, b, read }) => {
      const { neighbours: _n, rev: _r, ...current } = (await (await fetch(`/data/articles/${a}.json`)).json()) as Record<string, unknown>;
      const schema1 = { ...current, rev: 'v1rev000001' };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ducai', 2);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('bookmarks', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
          open.result.createObjectStore('read', { keyPath: 'id' });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['bookmarks', 'read'], 'readwrite');
          const saved = { savedAt: Date.parse('2022-03-15T08:00:00Z'), refreshedAt: Date.parse('2022-03-15T08:00:00Z'), missingSince: null };
          tx.objectStore('bookmarks').put({ id: a, ...saved, article: schema1, meta: null, rev: 'v1rev000001' });
          tx.objectStore('bookmarks').put({ id: b, ...saved, article: null, meta: null, rev: null });
          tx.objectStore('read').put({ id: read, readAt: Date.parse('2022-03-15T09:00:00Z') });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
      localStorage.setItem('ducai:reading-settings:v1', JSON.stringify({ theme: 'dark', fontSize: 'large' }));
    },
    { a, b, read },
  );

  await page.goto('/bookmarks');
  await expectSaved(page, [A.title, B.title]);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The schema 1 copy is replaced by the bundle's current one, and the id-only one fetched.
  await expect(page.getByText('正文尚未保存')).toHaveCount(0);
  const stored = await page.evaluate(
    (id) =>
      new Promise<{ version: number; rev: unknown; neighbours: boolean; stores: string[] }>((resolve, reject) => {
        const open = indexedDB.open('ducai');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('bookmarks').objectStore('bookmarks').get(id);
          get.onsuccess = () => {
            const record = get.result as { rev: unknown; article: { neighbours?: unknown } };
            resolve({ version: db.version, rev: record.rev, neighbours: record.article.neighbours !== undefined, stores: [...db.objectStoreNames] });
            db.close();
          };
        };
      }),
    a,
  );
  const current = (await (await page.request.get(`/data/articles/${a}.json`)).json()) as { rev: string };
  expect(stored).toEqual({ version: 3, rev: current.rev, neighbours: true, stores: ['bookmarks', 'read', 'readRules'] });

  await savedList(page).getByRole('link', { name: A.title }).click();
  await expectOpensInFull(page, A);
  await page.goto('/');
  await expect(listItem(page, D.title).locator('[data-read]')).toHaveCount(1);
  await expect(toggleOf(page, A.title)).toHaveAttribute('aria-pressed', 'true');
});

test('with no bundle at all (its manifest unreachable), a bookmarked article opens from its saved copy, said to be one', async ({ page }) => {
  await page.goto('/');
  await bookmarkFromList(page, A.title);
  const id = await listItem(page, A.title).getAttribute('data-article');
  expect(id).toBeTruthy();
  await expectSavedWhole(page, [A.title]);

  await page.route('**/data/**', (route) => route.abort('internetdisconnected'));
  await page.goto(`/articles/${id!}`);
  await expectOpensInFull(page, A);
  await expect(page.getByRole('note')).toContainText('收藏的版本');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
