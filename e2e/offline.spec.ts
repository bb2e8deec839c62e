import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

import { bundleIds, listFiles } from './support/bundle-articles';
import { expect, test } from './support/offline-test';
import { E2E_OUT } from './support/e2e-out';
import { serveCopy } from './support/serve-copy';

/**
 * Offline and installable: the real service worker (src/sw.ts) in Chromium, on the built
 * app. Playwright's context.route() sees the worker's own requests too (serviceWorkers
 * 'allow'), so the fixture's stub still keeps every other host away; page.route() would
 * not, which is why nothing here uses it. context.setOffline() cuts the worker off too.
 */
test.use({ serviceWorkers: 'allow' });

const TITLES = {
  read: '央行开展逆回购操作 维护季末流动性合理充裕',
  unread: '白酒板块震荡回升 贵州茅台成交额居前',
  /** A local chart (/images/posts/…) and a Sina image (n.sinaimg.cn, opaque to the page). */
  withImages: '数字经济板块午后走强 科技园区概念集体拉升',
} as const;

/** A 1×1 PNG, so a stubbed image host answers with a real image. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Waits until a service worker controls the page (the first one claims it on activation). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
}

/** Waits until Cache Storage holds every one of `paths` (the worker caches in the background). */
async function waitForCached(page: Page, paths: readonly string[]): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async (urls) => {
        // Article URLs carry the bundle version (?v=…); any version counts.
        const hits = await Promise.all(urls.map((url) => caches.match(new URL(url, location.href).href, { ignoreSearch: true })));
        return hits.every((hit) => hit !== undefined);
      }, paths),
    )
    .toBe(true);
}

/** Article ids by title, from the bundle's metadata pages. */
async function articleIds(page: Page): Promise<ReadonlyMap<string, string>> {
  return bundleIds(page.request);
}

function idOf(ids: ReadonlyMap<string, string>, title: string): string {
  const id = ids.get(title);
  if (id === undefined) throw new Error(`no fixture article titled ${title}`);
  return id;
}

const offlinePill = (page: Page) => page.getByRole('banner').getByRole('status').filter({ hasText: '离线' });

/** The first visit: the list, a worker in control, the bundle cached, one article read. */
async function visitAndRead(page: Page, ids: ReadonlyMap<string, string>): Promise<void> {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await waitForServiceWorker(page);
  await waitForCached(page, await listFiles(page.request));

  await page.getByRole('link', { name: TITLES.read }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.read);
  await waitForCached(page, [`/data/articles/${idOf(ids, TITLES.read)}.json`]);
}

test('after one visit the list and the articles read load with no network; an unread one says why', async ({ page, context }) => {
  const ids = await articleIds(page);
  await visitAndRead(page, ids);

  await context.setOffline(true);

  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await expect(page.getByRole('link', { name: TITLES.read })).toBeVisible();
  await expect(offlinePill(page)).toBeVisible();

  await page.goto(`/articles/${idOf(ids, TITLES.read)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.read);
  await expect(page.locator('main article [data-article-body]')).not.toBeEmpty();

  // Never read, so never cached: a clear message and a retry, not a blank page.
  await page.goto(`/articles/${idOf(ids, TITLES.unread)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('需要联网才能阅读这篇文章', { timeout: 10_000 });
  // What the lists had shown of it, from the worker's cache; no file names, one message.
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(TITLES.unread);
  await expect(alert.getByRole('button', { name: '重试' })).toBeDisabled();
  await expect(alert.getByRole('link', { name: '返回列表' })).toBeVisible();
  await expect(alert).not.toContainText('.json');
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(offlinePill(page)).toBeVisible();
  // When the network returns, it loads by itself.
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.unread);
  await expect(page.locator('main article [data-article-body]')).not.toBeEmpty();
  await context.setOffline(true);

  // Every route falls back to the app shell (what /bookmarks shows is the bookmarks feature's).
  await page.goto('/bookmarks');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.locator('main')).toBeAttached();
});

test('a search made online runs again offline, from the cached index files', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await waitForServiceWorker(page);
  const searched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/data/search/')) searched.push(path);
  });
  await page.goto('/?q=' + encodeURIComponent('流动性'));
  const titles = () => page.locator('main article').getByRole('heading', { level: 3 }).allTextContents();
  await expect.poll(titles).toEqual([TITLES.read, TITLES.withImages]);
  expect(searched.length).toBeGreaterThan(0);
  await waitForCached(page, searched);

  await context.setOffline(true);
  await page.reload();
  await expect(offlinePill(page)).toBeVisible();
  await expect.poll(titles).toEqual([TITLES.read, TITLES.withImages]);
  await expect(page.locator('main [data-count]')).toHaveText('找到 2 篇');
});

test('images of an article read online, local and cross-origin, show offline', async ({ page, context }) => {
  await context.route('https://n.sinaimg.cn/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }));
  const ids = await articleIds(page);
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await waitForServiceWorker(page);

  const images = page.locator('main article [data-article-body] img');
  const showAll = async () => {
    await expect(images).toHaveCount(2);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
  };
  await page.goto(`/articles/${idOf(ids, TITLES.withImages)}`);
  await showAll();
  const sources = await images.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).currentSrc));
  expect(sources.some((src) => src.startsWith('https://n.sinaimg.cn/'))).toBe(true);
  await waitForCached(page, sources);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.withImages);
  await showAll();
  await expect(page.locator('[data-image-placeholder]')).toHaveCount(0);
});

// TanStack Query pauses queries while navigator.onLine is false (networkMode 'online', the
// default), so an article opened inside the app after the connection drops never asks the
// service worker and shows a skeleton forever. Enable once src/lib/query-client.ts sets
// `networkMode: 'always'` (the worker answers from its cache, or the fetch fails at once).
test('an article read before opens offline from the list, without a reload', async ({ page, context }) => {
  const ids = await articleIds(page);
  await visitAndRead(page, ids);
  await page.goto('/'); // a fresh page: nothing in memory, only the worker's caches
  await expect(page.locator('main article').first()).toBeVisible();

  await context.setOffline(true);
  await page.getByRole('link', { name: TITLES.read }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.read);

  await page.goBack();
  await page.getByRole('link', { name: TITLES.unread }).click();
  await expect(page.getByRole('alert')).toContainText('需要联网才能阅读这篇文章', { timeout: 10_000 });
});

test('the app still opens offline after the browser restarts', async ({ launchOptions, baseURL, page }) => {
  const ids = await articleIds(page);
  const userDataDir = mkdtempSync(join(tmpdir(), 'ducai-offline-profile-'));
  const launch = async (offline: boolean): Promise<BrowserContext> => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: launchOptions.executablePath,
      args: launchOptions.args,
      baseURL,
      offline,
      serviceWorkers: 'allow',
    });
    await context.route(
      (url) => !LOCAL_HOSTS.has(url.hostname),
      (route) => route.fulfill({ status: 204, body: '' }),
    );
    return context;
  };

  try {
    const first = await launch(false);
    await visitAndRead(first.pages()[0] ?? (await first.newPage()), ids);
    await first.close();

    const second = await launch(true);
    const restarted = second.pages()[0] ?? (await second.newPage());
    await restarted.goto('/');
    await expect(restarted.locator('main article').first()).toBeVisible();
    await expect(offlinePill(restarted)).toBeVisible();
    await restarted.goto(`/articles/${idOf(ids, TITLES.read)}`);
    await expect(restarted.getByRole('heading', { level: 1 })).toHaveText(TITLES.read);
    await second.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('the offline pill shows while offline and goes once back online', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await expect(offlinePill(page)).toHaveCount(0);

  await context.setOffline(true);
  await expect(offlinePill(page)).toBeVisible();

  await context.setOffline(false);
  await expect(offlinePill(page)).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('status')).toBeAttached();
});

// --- Updates ---------------------------------------------------------------------------

/** The next deployment: index.html gains a marker, and sw.js precaches it under a new revision. */
function deploySecondVersion(root: string): void {
  const indexPath = join(root, 'index.html');
  writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace('<head>', '<head><meta name="ducai-deployment" content="2">'));
  const swPath = join(root, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const next = sw.replace(/("revision":")[0-9a-f]+(","url":"index\.html")/, '$1deployment-2$2');
  if (next === sw) throw new Error('sw.js: no precache entry for index.html to bump');
  writeFileSync(swPath, next);
}

test('a new deployment is offered as 有新版本; reloading runs it and keeps the reader’s data', async ({ page, context }, testInfo) => {
  const built = join(dirname(testInfo.config.configFile ?? resolve('playwright.config.ts')), E2E_OUT);
  const root = mkdtempSync(join(tmpdir(), 'ducai-deploy-'));
  cpSync(built, root, { recursive: true });
  const host = await serveCopy(root);
  const deployment = () => page.evaluate(() => document.querySelector('meta[name="ducai-deployment"]')?.getAttribute('content') ?? '1');

  try {
    await page.goto(`${host.origin}/`);
    await expect(page.locator('main article').first()).toBeVisible();
    await waitForServiceWorker(page);
    await waitForCached(page, await listFiles(page.request));
    await page.evaluate(async () => {
      localStorage.setItem('ducai:offline-test', 'kept');
      await new Promise<void>((done, fail) => {
        const open = indexedDB.open('ducai-offline-test', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put('kept', 'value');
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      });
    });
    expect(await deployment()).toBe('1');

    deploySecondVersion(root);
    await page.reload();
    await expect(page.locator('main article').first()).toBeVisible();

    const prompt = page.getByRole('region', { name: '有新版本' });
    await expect(prompt).toBeVisible({ timeout: 10_000 });
    // Until the reader agrees, the page keeps running the version it loaded.
    expect(await deployment()).toBe('1');
    const axe = await new AxeBuilder({ page }).include('section[aria-labelledby]').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '重新加载' }).click()]);
    await expect(page.locator('main article').first()).toBeVisible();
    expect(await deployment()).toBe('2');
    await expect(prompt).toHaveCount(0);

    const kept = await page.evaluate(async () => {
      const stored = localStorage.getItem('ducai:offline-test');
      const fromIdb = await new Promise<unknown>((done, fail) => {
        const open = indexedDB.open('ducai-offline-test', 1);
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('value');
          get.onsuccess = () => {
            open.result.close();
            done(get.result);
          };
          get.onerror = () => fail(get.error);
        };
        open.onerror = () => fail(open.error);
      });
      const metaCached = await caches.match(new URL('/data/manifest.json', location.href).href);
      return { stored, fromIdb, metaCached: metaCached !== undefined };
    });
    expect(kept).toEqual({ stored: 'kept', fromIdb: 'kept', metaCached: true });

    // The new version works offline as well.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('main article').first()).toBeVisible();
    expect(await deployment()).toBe('2');
  } finally {
    await context.setOffline(false);
    await page.close();
    await host.close();
    rmSync(root, { recursive: true, force: true });
  }
});

// --- Installability ----------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the web app manifest is linked and valid, and its icons load at their declared sizes', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href!, page.url());
  const response = await page.request.get(manifestUrl.href);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    lang: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: '读财',
    short_name: '读财',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#b91c1c',
    background_color: '#f7f6f3',
  });

  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const iconResponse = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(iconResponse.ok(), icon.src).toBe(true);
    expect(iconResponse.headers()['content-type']).toContain(icon.type);
    const { width, height } = pngSize(await iconResponse.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }

  for (const rel of ['icon', 'apple-touch-icon']) {
    const iconHref = await page.locator(`link[rel="${rel}"]`).getAttribute('href');
    const iconResponse = await page.request.get(new URL(iconHref!, page.url()).href);
    expect(iconResponse.ok(), rel).toBe(true);
  }
});
