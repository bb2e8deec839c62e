/**
 * Search benchmark: the full-text index's size, its correctness against a substring
 * scan, and how fast the reader answers a query in a browser, as the corpus grows.
 *
 *   npm run bench:search -- [--sizes 10000,100000] [--runs N] [--keep]
 *
 * For each corpus size, as bench:app prepares them (scripts/bench-app/prepare.ts): posts
 * generated into .bench/posts-<count> (cached), ingested into .bench/app-bundle-<count>
 * (--keep reuses a bundle of this checkout's schema version that read `count` posts).
 *
 *  1. Ingest: its wall clock (npx included; not timed when --keep kept the bundle), and
 *     the search index: the files under search/ by kind (directory, shards, large lists,
 *     id pages), raw and gzip bytes (zlib's default level, file by file, as the server
 *     sends them), the largest file, and the share of the bundle (every file) it is.
 *  2. Correctness, in Node (scripts/bench-search/correctness.ts), over the fixed queries
 *     of scripts/bench-search/queries.ts and 30 drawn with a fixed seed from the corpus
 *     (substrings of 2–6 characters of random titles and bodies). Truth: the articles
 *     whose searchable text — computed from the article file as the ingest computes it
 *     (htmlparser2, searchTextOf of src/ingest/pipeline/steps/index-search-text.ts) — contains
 *     every term of planSearch(query) (matchesAllTerms). Index: the files the client
 *     fetches, read from disk with the app's parsers, searchCandidates, ordinals mapped to
 *     ids by the id pages, and for plans that are not exact the candidates whose text has
 *     every term. Recall Σ|truth ∩ result| / Σ|truth|; precision before the check
 *     Σ|truth| / Σ|candidates|; after it Σ|truth ∩ result| / Σ|result|; any query whose
 *     result differs from the truth is listed with the differing ids. One-character
 *     queries are reported apart: isSearchable rejects them. A cold query's cost is the
 *     files and gzip bytes the client fetches for it with an empty cache: directory,
 *     shards, large lists, then batches of 12 ranked candidates (id page and article
 *     file each) until 8 results are kept or none is left.
 *  3. Browser (scripts/bench-search/browser.ts): the app built once (.bench/app-dist),
 *     served with the corpus's bundle at /data/ by bench:app's gzipping server, headless
 *     Chromium ($CHROMIUM_PATH or /usr/bin/chromium when present), 1280×800, service
 *     workers blocked, a new context per visit, hosts other than 127.0.0.1 unresolvable.
 *     For 20 queries (16 fixed, 4 drawn; 北交所 and 绿色金融 have no hits in the generated
 *     corpora: they time an answer of no results) in RUNS rounds (default 3), each round
 *     measuring every corpus in turn: cold `/?q=<query>`, navigation start → the count
 *     line `p[data-count]` has text, and → the first result title, with /data/** bytes
 *     until the count and until the network is idle (nothing in flight for 500 ms); warm:
 *     `/` idle, the query typed into the search box, input event → the count line of that
 *     query (150 ms of debounce included), with its bytes. Every count line is checked
 *     against the truth (an exact count must equal it; an estimate or a bound must hold it
 *     between its data-min and data-max).
 *
 * Tables (markdown) go to stdout, progress to stderr, every figure to
 * .bench/search-results.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from '@playwright/test';

import { BUNDLE_SCHEMA_VERSION } from '../src/shared/bundle-types';
import { CHROMIUM_ARGS, systemChromium } from '../e2e/support/chromium';
import { buildApp, ensureBundle, ensureCorpus, seconds } from './bench-app/prepare';
import { startServer } from './bench-app/server';
import { readArticleText } from './bench-search/article-text';
import { openBundle } from './bench-search/bundle-reader';
import { measureCold, measureWarm, type ColdRun, type WarmRun } from './bench-search/browser';
import { checkQueries, type Correctness } from './bench-search/correctness';
import { indexStats, type IndexStats } from './bench-search/index-stats';
import { openIndex } from './bench-search/index-lookup';
import { BROWSER_DRAWN, BROWSER_FIXED, drawQueries, FIXED_QUERIES, type BenchQuery } from './bench-search/queries';
import {
  countProblem,
  formatBrowser,
  formatBrowserQueries,
  formatIndex,
  formatQueries,
  formatRejected,
  formatSummary,
  mismatches,
  summarizeBrowser,
  type BrowserCheck,
  type Ingest,
  type SizeReport,
} from './bench-search/report';
import { fmtMs, progress, spread } from './bench-search/stats';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, '.bench', 'search-results.json');
// As bench:app runs it: every host but the server fails at once (the corpus's images point
// at sinaimg.cn), so no measurement waits on the internet.
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

interface Options {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly keep: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '10000,100000' }, runs: { type: 'string' }, keep: { type: 'boolean', default: false } },
  });
  const sizes = values.sizes.split(',').map((text) => Number(text.trim().replace(/_/g, '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: positive integers, got ${values.sizes}`);
  const runs = Number(values.runs ?? process.env.RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs / RUNS: a positive integer, got ${values.runs ?? process.env.RUNS}`);
  return { sizes, runs, keep: values.keep };
}

/** The manifest's generatedAt, or null: unchanged across ensureBundle means it kept the bundle. */
function generatedAt(bundleDir: string): string | null {
  const file = join(bundleDir, 'manifest.json');
  if (!existsSync(file)) return null;
  const { generatedAt: at } = JSON.parse(readFileSync(file, 'utf8')) as { generatedAt?: string };
  return at ?? null;
}

function prepare(posts: number, keep: boolean): { dir: string; ingest: Ingest } {
  const postsDir = ensureCorpus(ROOT, posts);
  const before = generatedAt(join(ROOT, '.bench', `app-bundle-${posts}`));
  const started = performance.now();
  const dir = ensureBundle(ROOT, postsDir, posts, keep, BUNDLE_SCHEMA_VERSION);
  const ms = performance.now() - started;
  const kept = keep && before !== null && before === generatedAt(dir);
  return { dir, ingest: { ms: kept ? null : ms, kept } };
}

interface NodeSide {
  readonly posts: number;
  readonly dir: string;
  readonly ingest: Ingest;
  readonly articleCount: number;
  readonly index: IndexStats;
  readonly correctness: Correctness;
  readonly browserQueries: readonly string[];
}

async function nodeSide(posts: number, dir: string, ingest: Ingest): Promise<NodeSide> {
  const reader = openBundle(dir);
  const index = openIndex(reader);
  const drawn = drawQueries({
    articleCount: reader.manifest.articleCount,
    textsOf: (ordinal) => readArticleText(reader, index.ids[ordinal]!),
  });
  const queries: BenchQuery[] = [...FIXED_QUERIES, ...drawn];
  const browserQueries = [...BROWSER_FIXED, ...drawn.slice(0, BROWSER_DRAWN).map((q) => q.text)];
  progress(
    `${posts} posts: ${queries.length} queries (${drawn.length} drawn: ${drawn.map((q) => q.text).join(' · ')}), one pass over ${reader.manifest.articleCount} articles…`,
  );
  const correctness = await checkQueries(reader, index, queries, new Set(browserQueries));
  progress(
    `${posts} posts: checked in ${(correctness.passMs / 1000).toFixed(1)} s; recall ${correctness.recall.toFixed(3)}, ${correctness.queries.filter((q) => q.missingCount + q.extraCount > 0).length} queries differ`,
  );
  const stats = indexStats(reader);
  progress(`${posts} posts: search/ ${stats.files} files, ${(stats.gzip / 1e6).toFixed(2)} MB gzip (${(stats.fractionGzip * 100).toFixed(1)} % of the bundle)`);
  return { posts, dir, ingest, articleCount: reader.manifest.articleCount, index: stats, correctness, browserQueries };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Every count line and first result of the browser runs against the Node truth. */
function browserChecks(side: NodeSide, cold: readonly ColdRun[], warm: readonly WarmRun[]): BrowserCheck[] {
  const checks: BrowserCheck[] = [];
  const byQuery = new Map(side.correctness.queries.map((q) => [q.query, q]));
  for (const run of cold) {
    const q = byQuery.get(run.query);
    const truthIds = side.correctness.truthIds.get(run.query);
    if (run.error) checks.push({ query: run.query, url: run.url, problem: `cold: ${run.error}` });
    if (!q || !truthIds) continue;
    const first = countProblem(run.count, q.truth);
    if (first) checks.push({ query: run.query, url: run.url, problem: `cold, first count line: ${first}` });
    const final = countProblem(run.finalCount, q.truth);
    if (final) checks.push({ query: run.query, url: run.url, problem: `cold, count line once idle: ${final}` });
    if (run.linkId !== null && !truthIds.has(run.linkId))
      checks.push({ query: run.query, url: run.url, problem: `cold: first result ${run.linkId} does not contain the query` });
    else if (run.linkId !== null && run.linkId !== q.expectedFirst) {
      checks.push({ query: run.query, url: run.url, problem: `cold: first result ${run.linkId}, expected ${q.expectedFirst ?? 'none'} (ranking)` });
    }
  }
  for (const run of warm) {
    const q = byQuery.get(run.query);
    const url = `/?${new URLSearchParams({ q: run.query })}`;
    if (run.error) checks.push({ query: run.query, url, problem: `warm: ${run.error}` });
    if (!q) continue;
    const problem = countProblem(run.count, q.truth);
    if (problem && run.count) checks.push({ query: run.query, url, problem: `warm, first count line: ${problem}` });
  }
  return checks;
}

async function main(): Promise<void> {
  const options = parseOptions();
  const started = performance.now();
  progress(`checkout ${ROOT}, schema v${BUNDLE_SCHEMA_VERSION}, sizes ${options.sizes.join(', ')}, ${options.runs} runs${options.keep ? ', --keep' : ''}`);
  const prepared = options.sizes.map((posts) => ({ posts, ...prepare(posts, options.keep) }));
  const sides: NodeSide[] = [];
  for (const { posts, dir, ingest } of prepared) sides.push(await nodeSide(posts, dir, ingest));

  const appDir = buildApp(ROOT);
  const browser = await chromium.launch({ executablePath: systemChromium(), headless: true, args: BENCH_CHROMIUM_ARGS });
  const server = await startServer(appDir, sides[0]!.dir);
  const chromiumVersion = browser.version();
  progress(`serving on ${server.origin}; Chromium ${chromiumVersion}`);
  const cold = sides.map((): ColdRun[] => []);
  const warm = sides.map((): WarmRun[] => []);
  try {
    // Rounds outside, corpora inside, as bench:app: drift of the shared machine touches every corpus alike.
    for (let run = 1; run <= options.runs; run++) {
      for (const [i, side] of sides.entries()) {
        server.setBundle(side.dir);
        const byQuery = new Map(side.correctness.queries.map((q) => [q.query, q]));
        for (const query of side.browserQueries) {
          const truth = byQuery.get(query)?.truth ?? 0;
          const c = await measureCold({ browser, server }, query, truth > 0);
          const w = await measureWarm({ browser, server }, query);
          cold[i]!.push(c);
          warm[i]!.push(w);
          progress(
            `run ${run}/${options.runs}, ${side.posts} posts, ${JSON.stringify(query)}: cold count ${fmtMs(c.countMs)} ms, title ${fmtMs(c.linkMs)} ms, ` +
              `${((c.dataUntilCount ?? 0) / 1000).toFixed(1)} kB; warm ${fmtMs(w.fillToCountMs)} ms; "${c.count?.text ?? '—'}"` +
              (c.error || w.error ? ` — ${[c.error, w.error].filter(Boolean).join('; ')}` : ''),
          );
        }
      }
    }
  } finally {
    await server.close();
    await browser.close();
  }

  const reports: SizeReport[] = sides.map((side, i) => {
    const { truthIds: _truthIds, ...correctness } = side.correctness;
    return {
      posts: side.posts,
      articleCount: side.articleCount,
      ingest: side.ingest,
      index: side.index,
      correctness,
      browserQueries: side.browserQueries,
      cold: cold[i]!,
      warm: warm[i]!,
      browser: summarizeBrowser(cold[i]!, warm[i]!),
      checks: browserChecks(side, cold[i]!, warm[i]!),
    };
  });

  const out: string[] = ['## Search index', formatIndex(reports)];
  for (const report of reports) {
    const { correctness } = report;
    const cold = {
      files: spread(correctness.queries.map((q) => q.cold.files)),
      bytes: spread(correctness.queries.map((q) => q.cold.gzipBytes)),
    };
    out.push(
      `## Correctness in Node, ${report.posts} posts (${report.articleCount} articles)`,
      `recall ${correctness.recall.toFixed(3)} · precision before the check ${correctness.precisionBefore.toFixed(3)} (plans that need the check: ${correctness.precisionBeforeChecked.toFixed(3)}) · ` +
        `precision after it ${correctness.precisionAfter.toFixed(3)} · one pass over the articles ${(correctness.passMs / 1000).toFixed(1)} s`,
      `cold query (directory, shards, large lists, id pages and article files of the first screen): files p50 ${cold.files.p50} / p95 ${cold.files.p95?.toFixed(1)} / max ${cold.files.max}; ` +
        `gzip p50 ${((cold.bytes.p50 ?? 0) / 1000).toFixed(1)} / p95 ${((cold.bytes.p95 ?? 0) / 1000).toFixed(1)} / max ${((cold.bytes.max ?? 0) / 1000).toFixed(1)} kB`,
      formatQueries(report),
      'One-character queries (rejected by isSearchable, not run):',
      formatRejected(report),
    );
    const differ = mismatches(report);
    out.push(
      differ.length === 0
        ? 'Queries whose result differs from the truth: none.'
        : `Queries whose result differs from the truth (a bug):\n${differ
            .map((q) => `- ${JSON.stringify(q.query)}: missing ${q.missingCount} [${q.missing.join(', ')}], extra ${q.extraCount} [${q.extra.join(', ')}]`)
            .join('\n')}`,
    );
  }
  out.push('## Browser', formatBrowser(reports, options.runs));
  for (const report of reports) {
    out.push(`### ${report.posts} posts, per query (medians over the rounds)`, formatBrowserQueries(report));
    out.push(
      report.checks.length === 0
        ? 'Browser checks (count lines against the truth, first results, timeouts): no problem.'
        : `Browser checks: ${report.checks.length} problems:\n${report.checks.map((c) => `- ${c.url} (${JSON.stringify(c.query)}): ${c.problem}`).join('\n')}`,
    );
  }
  out.push('## Summary', formatSummary(reports));
  console.log(out.join('\n\n'));

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
    units: { time: 'ms (page clock)', bytes: 'bytes; browser bytes are gzip body bytes as sent, Node bytes gzip at zlib default level' },
    sizes: reports,
  };
  writeFileSync(RESULTS, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nresults: ${RESULTS}`);
  progress(`done in ${seconds(started)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
