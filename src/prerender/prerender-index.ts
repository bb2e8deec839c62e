import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ArticleMeta } from '../shared/bundle-types';
import { FIRST_SCREEN_ARTICLES, renderFirstScreen } from './render-first-screen';

const MARK_START = '<!--first-screen-->';
const MARK_END = '<!--/first-screen-->';

/** The manifest and head page fields this step reads; the bundle was written by our ingest. */
interface BundleHead {
  readonly articleCount: number;
  readonly newestFirst: readonly ArticleMeta[];
}

function readHead(dataDir: string): BundleHead {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as {
    articleCount: number;
    head: string;
    files: { page: string };
  };
  const head = JSON.parse(readFileSync(join(dataDir, manifest.files.page.replace('{hash}', manifest.head)), 'utf8')) as {
    articles: ArticleMeta[];
  };
  return { articleCount: manifest.articleCount, newestFirst: [...head.articles].reverse() };
}

/**
 * Writes the first screen of `/` into the built index.html, between the markers that
 * index.html carries (replacing what an earlier run put there), from the bundle in
 * `<distDir>/data`. Run after every ingest into dist/data: the markup shows the newest
 * titles before the app's code has loaded. Returns the number of articles shown.
 */
export function prerenderIndex(distDir: string, base: string, now = new Date()): number {
  const path = join(distDir, 'index.html');
  const html = readFileSync(path, 'utf8');
  const start = html.indexOf(MARK_START);
  const end = html.indexOf(MARK_END);
  if (start === -1 || end < start) throw new Error(`${path}: no ${MARK_START}…${MARK_END} markers (not a Ducai build?)`);
  const head = readHead(join(distDir, 'data'));
  const screen = head.articleCount === 0 ? '' : renderFirstScreen(head.newestFirst, head.articleCount, base, now);
  writeFileSync(path, html.slice(0, start + MARK_START.length) + screen + html.slice(end));
  return screen === '' ? 0 : Math.min(head.newestFirst.length, FIRST_SCREEN_ARTICLES);
}
