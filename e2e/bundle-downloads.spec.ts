import type { Page } from '@playwright/test';

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type { Manifest } from '../src/shared/bundle-types';
import { bundleArticles } from './support/bundle-articles';
import { expect, test } from './support/offline-test';
import { generatedBundle, serveBundleFrom } from './support/rebuilt-bundle';

/**
 * Every view downloads only what it shows: the bundle files each view asks for, counted
 * in the real browser. (Sizes at 100,000 articles are asserted in test/bundle-budget.test.ts
 * and measured by `npm run bench:app`.)
 */
test.use({ serviceWorkers: 'block' });

/** Bundle files the page requests from now on, by kind: "manifest", "articles/<id>", "timeline", … */
function recordBundleRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const at = path.indexOf('/data/');
    if (at === -1) return;
    const file = path.slice(at + '/data/'.length);
    seen.push(file === 'manifest.json' ? 'manifest' : file.startsWith('articles/') ? file.replace(/\.json$/, '') : file.split('/')[0]!);
  });
  return seen;
}

test('a shared link to an article downloads the manifest and that article, nothing else', async ({ page }) => {
  const articles = await bundleArticles(page.request);
  const middle = articles[Math.floor(articles.length / 2)]!;
  const seen = recordBundleRequests(page);
  await page.goto(`/articles/${middle.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(middle.title);
  // Its unfiltered neighbours come with it.
  await expect(page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link')).toHaveCount(2);
  await page.waitForLoadState('networkidle');
  expect(seen.sort()).toEqual([`articles/${middle.id}`, 'manifest']);
});

test('the list’s first screen downloads the manifest, the head page and the timeline', async ({ page }) => {
  const seen = recordBundleRequests(page);
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...new Set(seen)].sort()).toEqual(['manifest', 'meta', 'timeline']);
  expect(seen.filter((kind) => kind === 'meta')).toHaveLength(1);
});

test('a stock’s list downloads the stock directory and that stock’s facet, not the corpus', async ({ page }) => {
  const seen = recordBundleRequests(page);
  await page.goto('/?stock=sh600519');
  await expect(page.locator('main article').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...new Set(seen)].sort()).toEqual(['facets', 'manifest', 'stocks', 'timeline']);
  expect(seen.filter((kind) => kind === 'facets')).toHaveLength(1);
});

test('opening an article from the list asks for its immutable version', async ({ page }) => {
  await page.goto('/');
  const first = page.locator('main article h3 a').first();
  await expect(first).toBeVisible();
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/articles/')) urls.push(new URL(request.url()).search);
  });
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(urls.length).toBeGreaterThan(0);
  for (const search of urls) expect(search).toMatch(/^\?v=[\w-]+$/);
});

test('rows whose metadata page cannot be loaded say why and retry, instead of loading forever', async ({ page }) => {
  const dir = await generatedBundle(300);
  await serveBundleFrom(page, dir);
  // Every main page fails until the reader retries; the head page (the first 24 rows) is fine.
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { head: string };
  let failing = true;
  await page.route('**/data/meta/*.json', async (route) => {
    if (failing && !route.request().url().includes(manifest.head)) await route.fulfill({ status: 503, body: 'down' });
    else await route.fallback();
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.locator('main article [data-article-link]').first()).toBeVisible();
  await page.mouse.wheel(0, 24 * 180);
  const alert = page.getByRole('alert').filter({ hasText: '需要联网' }).first();
  await expect(alert).toBeVisible();
  failing = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '需要联网' })).toHaveCount(0);
  await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
});

test('an article address that is not an id of ours is not found, and asks the server for no file', async ({ page }) => {
  for (const path of ['/articles/..%2Fmanifest', '/articles/%2E%2E%2Fstocks%2Fx', '/articles/constructor', '/articles/20220315-ABCDEFGHIJKL']) {
    const seen = recordBundleRequests(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: '找不到这篇文章' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(seen.filter((kind) => kind.startsWith('articles/'))).toEqual([]);
    page.removeAllListeners('request');
  }
});

test('a search downloads the shards of its words, their lists and positions, the id pages and the articles it shows', async ({ page }) => {
  const dir = await generatedBundle(2000);
  await serveBundleFrom(page, dir);
  const files: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/data/')) files.push(decodeURIComponent(path.slice(path.indexOf('/data/') + '/data/'.length)));
  });
  const searchFolder = readdirSync(join(dir, 'search'));
  const indexBytes = searchFolder.reduce((sum, name) => sum + statSync(join(dir, 'search', name)).size, 0);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const segments = manifest.search.segments.length;
  // [query, its keys]: a word of three characters is proved by its keys' positions, so
  // every count is exact without a single article file beyond those on screen.
  const cases = [
    ['中关村', 2],
    ['北京', 1],
    ['增长 利润', 2],
  ] as const;
  for (const [query, keys] of cases) {
    files.length = 0;
    await page.goto('/?q=' + encodeURIComponent(query));
    await expect(page.locator('main [data-count]')).toHaveAttribute('data-count', 'exact');
    await expect(page.locator('main article').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const kind = (file: string) => (file === 'manifest.json' ? 'manifest' : file.split('/')[0]!);
    const kinds = new Set(files.map(kind));
    // No list pages, no timeline: a search's rows come from the index alone; the tree's
    // counts from the facets of the nodes in view.
    expect([...kinds].sort(), query).toEqual(['articles', 'facets', 'manifest', 'search']);
    const articles = files.filter((file) => kind(file) === 'articles');
    const search = files.filter((file) => kind(file) === 'search');
    // One batch of results for the first screen (nothing to check by text); per segment and
    // key its shard and maybe its list and positions files; one id page per article at most.
    expect(articles.length, query).toBeLessThanOrEqual(12);
    expect(search.length, query).toBeLessThanOrEqual(3 * segments * keys + articles.length);
    const searchBytes = search.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
    expect(searchBytes, query).toBeLessThan(indexBytes / 20);
  }
});

test('a term the index cannot decide checks two batches of candidates by their text, then waits for the reader', async ({ page }) => {
  const dir = await generatedBundle(2000);
  await serveBundleFrom(page, dir);
  const articles: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/data/articles/')) articles.push(request.url());
  });
  // 市场 is in nearly every generated article, too often for the index to keep its
  // positions; 场迹 in most; 市场迹 in none.
  await page.goto('/?q=' + encodeURIComponent('市场迹'));
  const status = page.getByRole('status').filter({ hasText: '还没有找到包含“市场迹”的资讯' });
  await expect(status).toBeVisible();
  const count = page.locator('main [data-count]');
  await expect(count).toHaveText(/^暂未找到/);
  await expect(count).toHaveAttribute('data-count', 'estimate');
  await expect(count).toHaveAttribute('data-min', '0');
  await page.waitForLoadState('networkidle');
  expect(articles).toHaveLength(24);
  await status.getByRole('button', { name: /^继续核对其余 [\d,]+ 篇$/ }).click();
  await expect.poll(() => articles.length).toBe(48);
  await page.waitForLoadState('networkidle');
  expect(articles).toHaveLength(48);
  await expect(status).toContainText('已核对 48 篇');
});
