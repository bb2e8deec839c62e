import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, sep } from 'node:path';

import type { Page } from '@playwright/test';

import { generateCorpus } from '../../tools/corpus/generate-corpus';
import { ingestFolder } from '../../src/ingest/run/ingest-folder';

const FIXTURE_POSTS = join(import.meta.dirname, '..', 'fixtures', 'posts');

/**
 * A real rebuild of the fixture bundle without the post titled `title`, by the ingest
 * itself, into a fresh folder: every file of it (manifest, timeline, pages, facets, the
 * articles' neighbours) is what a reader would get after the news pipeline dropped it.
 */
export async function bundleWithout(title: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'ducai-rebuilt-'));
  const posts = join(root, 'posts');
  const dropped = readdirSync(FIXTURE_POSTS).filter((name) =>
    readFileSync(join(FIXTURE_POSTS, name), 'utf8')
      .split('\n')
      .some((line) => line.startsWith('title:') && line.includes(title)),
  );
  if (dropped.length !== 1) throw new Error(`expected one fixture post titled ${title}, found ${dropped.length}`);
  cpSync(FIXTURE_POSTS, posts, { recursive: true, filter: (src) => !src.endsWith(`${sep}${dropped[0]}`) });
  const out = join(root, 'data');
  await ingestFolder({ postsDir: posts, outDir: out, cacheDir: join(root, 'cache'), workers: 0 });
  return out;
}

/**
 * A bundle of `count` generated posts (the benchmarks' generator, deterministic), for
 * journeys that need more articles than the fixtures have: lists whose rows come from
 * the main pages rather than the heads.
 */
export async function generatedBundle(count: number): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'ducai-generated-'));
  const posts = join(root, 'posts');
  mkdirSync(posts);
  for (const post of generateCorpus({ count })) writeFileSync(join(posts, post.fileName), post.text);
  const out = join(root, 'data');
  await ingestFolder({ postsDir: posts, outDir: out, cacheDir: join(root, 'cache'), workers: 0 });
  return out;
}

/** Answers the page's bundle requests (/data/**) from `dir` instead of the server. */
export async function serveBundleFrom(page: Page, dir: string): Promise<void> {
  await page.route('**/data/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/data\//, ''));
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      await route.fulfill({ status: 404, body: 'Not Found' });
      return;
    }
    await route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(file) });
  });
}
