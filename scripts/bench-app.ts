/**
 * App benchmark: how the reader behaves in a browser as the corpus grows.
 *
 *   npm run bench:app -- [--sizes 1000,10000,100000] [--runs N] [--keep] [--app-dist <dir>]
 *
 * For each corpus size it generates posts (cached in .bench/posts-<count>), ingests them
 * into .bench/app-bundle-<count> (--keep reuses a bundle of this checkout's schema
 * version), and serves the app build (.bench/app-dist, built once with `vite build`, or
 * --app-dist) with that bundle at /data/ from a gzipping static server on 127.0.0.1
 * (scripts/bench-app/server.ts). Headless Chromium (Playwright; $CHROMIUM_PATH or
 * /usr/bin/chromium when present) then visits each page in a cold profile — a new
 * browser context per visit, service workers blocked, 1280×800 — in RUNS rounds
 * (default 5), each round measuring every corpus in turn, so the shared machine's drift
 * touches all corpora alike. Per corpus and round, in this order:
 *
 *  1. the static floor: a script-free page of the newest 20 titles, and right after it
 *     `/`: navigation start → first article title ([data-article-link]) in the DOM,
 *     noted by a MutationObserver installed with page.addInitScript;
 *  2. on that same visit of `/`: bytes the server handed to the socket up to that
 *     moment, split into app code (not /data/) and bundle data (/data/**), and again once
 *     the network is idle; once the main thread is idle too (requestIdleCallback), the JS
 *     heap (CDP: HeapProfiler.collectGarbage twice, then Runtime.getHeapUsage), then 40
 *     wheel steps of 500 px 50 ms apart over the list, counting the long tasks a buffered
 *     PerformanceObserver saw from the first step to a second after the last;
 *  3. `/articles/<the middle article>`: time to the body ([data-article-body] or
 *     article .prose, else the first `article p` after the h1), bundle bytes until then
 *     and until the network is idle;
 *  4. `/?stock=<the median stock>` and `/?category=<the median leaf>`: time to the first
 *     title, bundle bytes until then and until idle;
 *  5. `/`, idle, the leaf's ancestors unfolded, then a click on the leaf in the tree
 *     (found by its visible name, level by level), dispatched in the page: click → the
 *     first visible title is one of the leaf's newest articles (checked after every DOM
 *     mutation), timed with performance.now() in the page.
 *
 * "Network idle" is the server's view: nothing in flight and no request for 500 ms.
 * Byte counts are gzip-compressed body bytes (headers excluded), logged per 16 KiB slice
 * with the time the slice was written; "until <moment>" sums the slices written up to
 * the page's moment mapped onto the server clock through the navigation request (its
 * requestStart in the page, its arrival at the server), so responses in flight at that
 * moment count as far as they had been written. Hosts other than 127.0.0.1 do not
 * resolve (the corpus's images point at Sina), so nothing waits on the internet.
 *
 * Medians are printed as a table with the targets at 100,000 posts and written, with
 * every run, to .bench/app-results.json. The ratios app / floor and vs 1,000 posts are
 * medians of per-round ratios. Progress goes to stderr.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { chromium, type Browser } from '@playwright/test';

import { BUNDLE_SCHEMA_VERSION } from '../src/shared/bundle-types';
import { readTargets, type BenchTargets } from './bench-app/bundle-targets';
import { BODY_FALLBACK, BODY_SELECTORS, LINK_SELECTORS } from './bench-app/in-page';
import { measureDirect, measureFilter, measureFloor, measureHome, type Env } from './bench-app/measure';
import { buildApp, ensureBundle, ensureCorpus, entryChunk, floorPage, prerenderedApp, progress, seconds } from './bench-app/prepare';
import { formatTable, medians, tableRows, type Column, type Medians, type RunRecord } from './bench-app/report';
import { startServer } from './bench-app/server';
import { CHROMIUM_ARGS, systemChromium } from '../e2e/support/chromium';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, '.bench', 'app-results.json');
// As the journeys run it, and every other host fails at once (the corpus's images point at
// sinaimg.cn): no benchmark waits on the internet.
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

interface Options {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly keep: boolean;
  readonly appDist: string | null;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      runs: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'app-dist': { type: 'string' },
    },
  });
  const sizes = values.sizes.split(',').map((text) => Number(text.trim().replace(/_/g, '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: positive integers, got ${values.sizes}`);
  const runs = Number(values.runs ?? process.env.RUNS ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs / RUNS: a positive integer, got ${values.runs ?? process.env.RUNS}`);
  return { sizes, runs, keep: values.keep, appDist: values['app-dist'] ? resolve(values['app-dist']) : null };
}

function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium(), headless: true, args: BENCH_CHROMIUM_ARGS });
}

/** Runs one measurement; a failure is noted in the run and leaves the others standing. */
async function attempt<T>(what: string, errors: string[], measure: () => Promise<T>): Promise<T | null> {
  try {
    return await measure();
  } catch (error) {
    const message = `${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    errors.push(message);
    progress(`  ${message}`);
    return null;
  }
}

async function measureRun(env: Env): Promise<RunRecord> {
  const { targets } = env;
  const errors: string[] = [];
  const list = { link: true, body: false };
  const floorMs = await attempt('floor', errors, () => measureFloor(env));
  const home = await attempt('home', errors, () => measureHome(env));
  const article = await attempt('article', errors, () =>
    measureDirect(env, `/articles/${encodeURIComponent(targets.middle.id)}`, { link: false, body: true }, null),
  );
  const stock = await attempt('stock', errors, () => measureDirect(env, `/?${new URLSearchParams({ stock: targets.stock.code })}`, list, targets.stock.newest));
  const category = await attempt('category', errors, () =>
    measureDirect(env, `/?${new URLSearchParams({ category: targets.leaf.joined })}`, list, targets.leaf.newest),
  );
  const filter = await attempt('filter', errors, async () => {
    const result = await measureFilter(env);
    if (result.error) throw new Error(result.error);
    return result;
  });
  return { floorMs, home, article, stock, category, filter, errors };
}

interface SizeResult {
  readonly posts: number;
  readonly bundleDir: string;
  readonly targets: Omit<BenchTargets, 'newest' | 'leaf' | 'stock'> & {
    readonly stock: Omit<BenchTargets['stock'], 'newest'>;
    readonly leaf: Omit<BenchTargets['leaf'], 'newest'>;
  };
  readonly runs: readonly RunRecord[];
  readonly medians: Medians;
}

function describeTargets(targets: BenchTargets): SizeResult['targets'] {
  const { newest: _newest, leaf, stock, ...rest } = targets;
  const { newest: _leafNewest, ...leafRest } = leaf;
  const { newest: _stockNewest, ...stockRest } = stock;
  return { ...rest, stock: stockRest, leaf: leafRest };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const started = performance.now();
  progress(`checkout ${ROOT}, schema v${BUNDLE_SCHEMA_VERSION}, sizes ${options.sizes.join(', ')}, ${options.runs} runs`);
  const bundles = options.sizes.map((posts) => {
    const postsDir = ensureCorpus(ROOT, posts);
    const dir = ensureBundle(ROOT, postsDir, posts, options.keep, BUNDLE_SCHEMA_VERSION);
    return { posts, dir, targets: readTargets(dir) };
  });
  const appDir = options.appDist ?? buildApp(ROOT);
  const entry = entryChunk(appDir);
  const apps = bundles.map(({ posts, dir }) => prerenderedApp(ROOT, appDir, dir, posts));
  progress(`app: ${appDir}, entry ${entry.file} ${(entry.gzipBytes / 1000).toFixed(1)} kB gzip`);

  const browser = await launchBrowser();
  const server = await startServer(appDir, bundles[0]!.dir);
  const chromiumVersion = browser.version();
  progress(`serving on ${server.origin}; Chromium ${chromiumVersion}`);
  for (const { posts, targets } of bundles) {
    progress(
      `${posts} posts (${targets.articleCount} articles, schema v${targets.schemaVersion}): article ${targets.middle.id}, ` +
        `stock ${targets.stock.code} (${targets.stock.count} articles, #${targets.stock.rank} of ${targets.stock.of}), ` +
        `leaf ${targets.leaf.joined} (${targets.leaf.count} articles, #${targets.leaf.rank} of ${targets.leaf.of})`,
    );
  }
  // Runs outside, corpora inside: every corpus is measured in every round, so drift of the
  // shared machine affects all of them alike (as the floor is measured beside the app).
  const runsBySize = bundles.map((): RunRecord[] => []);
  try {
    for (let run = 1; run <= options.runs; run++) {
      for (const [i, { posts, dir, targets }] of bundles.entries()) {
        server.setBundle(dir);
        server.setApp(apps[i]!);
        server.setPage('floor.html', floorPage(targets.newest));
        const record = await measureRun({ browser, server, targets });
        runsBySize[i]!.push(record);
        progress(`run ${run}/${options.runs}, ${posts} posts: ${summarize(record)}`);
      }
    }
  } finally {
    await server.close();
    await browser.close();
  }
  const baseIndex = Math.max(0, options.sizes.indexOf(1000));
  const results: SizeResult[] = bundles.map(({ posts, dir, targets }, i) => ({
    posts,
    bundleDir: dir,
    targets: describeTargets(targets),
    runs: runsBySize[i]!,
    medians: medians(runsBySize[i]!, runsBySize[baseIndex]!),
  }));

  const columns: Column[] = results.map((result) => ({ posts: result.posts, medians: result.medians }));
  console.log(formatTable(columns, entry, options.runs));
  for (const result of results) {
    const failed = result.runs.flatMap((run) => run.errors);
    if (failed.length > 0) console.log(`\n${result.posts} posts: ${failed.length} measurements failed, medians are of the rest: ${failed.join('; ')}`);
  }
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  const output = {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    checkout: ROOT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    chromium: chromiumVersion,
    node: process.version,
    runs: options.runs,
    appDist: appDir,
    entryChunk: entry,
    selectors: { link: LINK_SELECTORS, body: BODY_SELECTORS, bodyFallback: BODY_FALLBACK },
    units: { time: 'ms', bytes: 'bytes (gzip body bytes as sent)' },
    table: tableRows(columns, entry),
    sizes: results,
  };
  writeFileSync(RESULTS, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nresults: ${RESULTS}`);
  progress(`done in ${seconds(started)}`);
}

function summarize(record: RunRecord): string {
  const parts = [
    `floor ${fmt(record.floorMs)} ms`,
    `list ${fmt(record.home?.paintMs)} ms`,
    `article ${fmt(record.article?.ms)} ms`,
    `stock ${fmt(record.stock?.ms)} ms`,
    `category ${fmt(record.category?.ms)} ms`,
    `click ${fmt(record.filter?.ms)} ms`,
    `long tasks ${record.home?.longTasks ?? '—'}`,
  ];
  const unexpected = (['home', 'stock', 'category'] as const).filter((key) => record[key]?.firstExpected === false);
  if (unexpected.length > 0) parts.push(`first title not the newest of its list on ${unexpected.join(', ')}`);
  return parts.join(', ') + (record.errors.length > 0 ? ` (${record.errors.length} failed)` : '');
}

const fmt = (value: number | null | undefined): string => (typeof value === 'number' ? String(Math.round(value)) : '—');

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
