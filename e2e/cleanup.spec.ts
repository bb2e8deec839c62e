import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { ingestFolder } from '../src/ingest/run/ingest-folder';
import { expect, test } from './support/offline-test';
import { serveBundleFrom } from './support/rebuilt-bundle';

/**
 * What the cleanup of real Sina pages looks like in the reading view, on posts of their
 * own (e2e/fixtures/cleanup-posts): built into a bundle of their own and served in place
 * of the shared one, so the shared fixture bundle, and the journeys that count its
 * articles, stay as they are. 301 has a 原标题 line that differs from its title, a bold
 * reporter line, an APP source line, bold section lines, a 相关阅读 box and a show_author
 * editor with a code, filed as 能源 › 财联社 › 财联社－电力 by 财联社; 302 has a 原标题 that
 * is its title again and a bracketed editor line.
 */
const POSTS = join(import.meta.dirname, 'fixtures', 'cleanup-posts');
const TITLES = {
  cleaned: '电力现货市场扩围 多省迎峰度冬保供方案出炉',
  sameTitle: '储能电站“两个细则”修订稿公开征求意见',
} as const;

let bundle: { readonly dir: string; readonly ids: ReadonlyMap<string, string> } | null = null;

/** The bundle of the cleanup posts, built once per worker by the ingest itself. */
async function cleanupBundle(): Promise<{ readonly dir: string; readonly ids: ReadonlyMap<string, string> }> {
  if (bundle) return bundle;
  const dir = join(mkdtempSync(join(tmpdir(), 'ducai-cleanup-')), 'data');
  await ingestFolder({ postsDir: POSTS, outDir: dir, cacheDir: `${dir}.cache`, workers: 0 });
  const articles = join(dir, 'articles');
  const ids = new Map(
    readdirSync(articles).map((file) => {
      const article = JSON.parse(readFileSync(join(articles, file), 'utf8')) as { id: string; title: string };
      return [article.title, article.id] as const;
    }),
  );
  bundle = { dir, ids };
  return bundle;
}

async function openArticle(page: Page, title: string): Promise<void> {
  const { dir, ids } = await cleanupBundle();
  await serveBundleFrom(page, dir);
  await page.goto(`/articles/${ids.get(title)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

const body = (page: Page) => page.locator('main article [data-article-body]');

test.use({ serviceWorkers: 'block' });

test('the original headline shows small under the headline, never in the body', async ({ page }) => {
  await openArticle(page, TITLES.cleaned);
  const header = page.locator('main article header');
  const original = header.getByText('原标题：电力现货交易试点再扩围，多省份部署冬季电力保供', { exact: true });
  await expect(original).toBeVisible();
  // Muted and smaller than the headline: a note on it, not a second headline.
  const [originalSize, headlineSize] = await Promise.all([
    original.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    page.getByRole('heading', { level: 1 }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
  ]);
  expect(originalSize).toBeLessThan(headlineSize * 0.7);
  await expect(header).toContainText('财联社记者 祁远山 北京报道');
  await expect(body(page)).not.toContainText('原标题');
  await expect(body(page).locator('p').first()).toHaveText(/^12月1日，又有数个省份/);
});

test('an original headline equal to the title is not shown', async ({ page }) => {
  await openArticle(page, TITLES.sameTitle);
  await expect(page.locator('main article')).not.toContainText('原标题');
  await expect(page.locator('main article')).toContainText('责任编辑：庞书宁');
  await expect(body(page)).not.toContainText('责任编辑');
});

test('bold section lines are subheadings; boilerplate and credits are out of the body', async ({ page }) => {
  await openArticle(page, TITLES.cleaned);
  await expect(body(page).getByRole('heading', { level: 2 })).toHaveText(['一、市场表现', '二、保供安排']);
  for (const gone of ['相关阅读', '煤电容量电价', '本文来自', 'APP', '责任编辑', 'SF021', '祁远山']) {
    await expect(body(page)).not.toContainText(gone);
  }
  await expect(page.locator('main article')).toContainText('责任编辑：庞书宁');
  await expect(page.locator('main article')).not.toContainText('SF021');
});

test('the breadcrumb names the source once', async ({ page }) => {
  await openArticle(page, TITLES.cleaned);
  const crumbs = page.getByRole('navigation', { name: '位置' });
  await expect(crumbs).toHaveText(/^财联社\s*›\s*能源\s*›\s*电力$/);
  await expect(crumbs.getByRole('link')).toHaveText(['能源', '电力']);
  // The shortened step still filters by the whole path.
  await expect(crumbs.getByRole('link', { name: '电力' })).toHaveAttribute('href', `/?category=${encodeURIComponent('能源/财联社/财联社－电力')}`);
});

test('a category that is the source itself is reached from the source', async ({ page }) => {
  await openArticle(page, TITLES.sameTitle);
  const crumbs = page.getByRole('navigation', { name: '位置' });
  await expect(crumbs).toHaveText(/^财联社\s*›\s*能源$/);
  await expect(crumbs.getByRole('link', { name: '财联社' })).toHaveAttribute('href', `/?category=${encodeURIComponent('能源/财联社')}`);
});
