/**
 * Ingest benchmark: the compiled CLI (dist-cli/ingest.js, as production runs it) on
 * generated corpora (cached in .bench/posts-<count>), each run in its own process:
 *
 *   npm run bench:ingest -- [--sizes 10000,100000] [--runs 3] [--vs-hexo]
 *
 * Per size: RUNS full ingests into an empty folder with an empty cache (median: wall
 * time, posts/s, peak RSS of the process and its threads, seconds per phase, the search
 * index's share), then one post added after the last full run, twice — an incremental
 * run each (its time, share of the full run, files written, peak RSS). With --vs-hexo,
 * Hexo 8 is installed into .bench/hexo (once) and generates a site from the same posts
 * of the smallest size, measured in the same round as the ingest: the ratio of times.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { generateCorpus } from '../tools/corpus/generate-corpus';

const ROOT = join(import.meta.dirname, '..');
const BENCH = join(ROOT, '.bench');
const progress = (message: string): void => void process.stderr.write(`[bench:ingest] ${message}\n`);

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10000,100000' }, runs: { type: 'string', default: '3' }, 'vs-hexo': { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1)
  throw new Error('--sizes: positive integers; --runs: a positive integer');

interface Summary {
  readonly seconds: number;
  readonly peakRssMiB: number;
  readonly read: number;
  readonly ok: number;
  readonly written: number;
  readonly removed: number;
  readonly processed: number;
  readonly phases: Readonly<Record<string, number>>;
}

function ensureCorpus(count: number): string {
  const dir = join(BENCH, `posts-${count}`);
  if (existsSync(dir) && readdirSync(dir).length === count) return dir;
  rmSync(dir, { recursive: true, force: true });
  progress(`generating ${count} posts into ${dir}…`);
  execFileSync('npx', ['tsx', 'tools/corpus/cli.ts', dir, String(count)], { cwd: ROOT, stdio: 'inherit' });
  return dir;
}

function ingest(posts: string, out: string, cache: string): Summary {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist-cli', 'ingest.js'), posts, out, '--cache', cache, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`ingest failed: ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout) as Summary;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number, digits = 1) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A post newer than every generated one, so it is appended, as a pipeline's next post is. */
function addNewestPost(posts: string, name: string, seed: number, hour: number): string {
  const [post] = generateCorpus({ count: 1, seed });
  const path = join(posts, name);
  writeFileSync(path, post!.text.replace(/^date: .*$/m, `date: 2031-01-01 ${String(hour).padStart(2, '0')}:00:00`));
  return path;
}

const HEXO_PACKAGES = ['hexo', 'hexo-renderer-marked', 'hexo-generator-index', 'hexo-generator-category'];

/** Hexo 8 in .bench/hexo: a site whose source/_posts is a copy of the corpus. */
function hexoSite(posts: string, count: number): string {
  const site = join(BENCH, `hexo-${count}`);
  const hexo = join(BENCH, 'hexo');
  if (!existsSync(join(hexo, 'node_modules', 'hexo'))) {
    progress('installing Hexo 8 into .bench/hexo…');
    mkdirSync(hexo, { recursive: true });
    writeFileSync(join(hexo, 'package.json'), JSON.stringify({ name: 'hexo-bench', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', ...HEXO_PACKAGES.map((name) => (name === 'hexo' ? 'hexo@8' : name))], {
      cwd: hexo,
      stdio: 'inherit',
    });
  }
  if (!existsSync(join(site, 'source', '_posts'))) {
    mkdirSync(join(site, 'source'), { recursive: true });
    // Hexo renders posts by extension (the corpus's .txt would be copied as assets, not
    // posts): the same bytes as .md, which hexo-renderer-marked renders (HTML passes through).
    mkdirSync(join(site, 'source', '_posts'));
    for (const name of readdirSync(posts)) cpSync(join(posts, name), join(site, 'source', '_posts', name.replace(/\.[^.]*$/, '') + '.md'));
    writeFileSync(
      join(site, '_config.yml'),
      'title: bench\nurl: http://example.com\npermalink: :year/:month/:day/:title/\ntimezone: Asia/Shanghai\nper_page: 20\n',
    );
    rmSync(join(site, 'node_modules'), { force: true });
    cpSync(join(hexo, 'node_modules'), join(site, 'node_modules'), { recursive: true });
  }
  // Hexo loads the plugins a site's package.json depends on: without them no renderer
  // claims .md, and it renders nothing (quickly).
  writeFileSync(
    join(site, 'package.json'),
    JSON.stringify({
      name: 'hexo-site',
      private: true,
      hexo: { version: '8.0.0' },
      dependencies: Object.fromEntries(HEXO_PACKAGES.map((name) => [name, '*'])),
    }),
  );
  return site;
}

/** Post pages under the permalink's :year/:month/:day/:title/ folders. */
function countPostPages(publicDir: string): number {
  let pages = 0;
  const walk = (dir: string, depth: number): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (depth === 3) pages += existsSync(join(dir, entry.name, 'index.html')) ? 1 : 0;
      else if (depth > 0 || /^\d{4}$/.test(entry.name)) walk(join(dir, entry.name), depth + 1);
    }
  };
  walk(publicDir, 0);
  return pages;
}

function hexoGenerate(site: string, expected: number): { seconds: number; rssMiB: number } {
  rmSync(join(site, 'public'), { recursive: true, force: true });
  rmSync(join(site, 'db.json'), { force: true });
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(site, 'node_modules', 'hexo', 'bin', 'hexo'), 'generate', '--silent'], {
    cwd: site,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`hexo failed: ${result.stderr.slice(-2000)}`);
  // A run that rendered nothing is fast and meaningless: count the post pages it wrote.
  const pages = countPostPages(join(site, 'public'));
  if (pages < expected * 0.9) throw new Error(`hexo wrote ${pages} post pages for ${expected} posts: not a comparable run`);
  return { seconds, rssMiB: Number(result.stderr.trim().split('\n').at(-1)) / 1024 };
}

progress('compiling the CLI…');
execFileSync('npx', ['tsx', 'scripts/build-cli.ts'], { cwd: ROOT, stdio: 'ignore' });
const rows: string[][] = [];
const hexo: { posts: number; ducai: number; hexo: number; hexoRss: number }[] = [];
for (const count of sizes) {
  const posts = ensureCorpus(count);
  const out = join(BENCH, `ingest-out-${count}`);
  const cache = join(BENCH, `ingest-cache-${count}`);
  const site = values['vs-hexo'] && count === Math.min(...sizes) ? hexoSite(posts, count) : null;
  const full: Summary[] = [];
  const hexoRuns: { seconds: number; rssMiB: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    const summary = ingest(posts, out, cache);
    full.push(summary);
    progress(`${count} posts, full run ${run}: ${fmt(summary.seconds, 2)} s, ${fmt(summary.peakRssMiB, 0)} MiB, phases ${JSON.stringify(summary.phases)}`);
    if (site) {
      const measured = hexoGenerate(site, count);
      hexoRuns.push(measured);
      progress(`${count} posts, Hexo run ${run}: ${fmt(measured.seconds, 2)} s, ${fmt(measured.rssMiB, 0)} MiB`);
    }
  }
  const added: Summary[] = [];
  const extra: string[] = [];
  try {
    for (let k = 0; k < 2; k++) {
      extra.push(addNewestPost(posts, `zz-bench-new-${k}.md`, 9_000 + k, 8 + k));
      const summary = ingest(posts, out, cache);
      added.push(summary);
      progress(`${count} posts + ${k + 1}: ${fmt(summary.seconds, 2)} s, ${summary.written} files written, ${summary.removed} removed`);
    }
  } finally {
    for (const path of extra) rmSync(path, { force: true });
  }
  const seconds = median(full.map((s) => s.seconds));
  const search = median(full.map((s) => s.phases.search ?? 0));
  rows.push([
    `${fmt(count, 0)} posts, full (median of ${runs})`,
    `${fmt(seconds, 2)} s`,
    `${fmt(count / seconds, 0)} posts/s`,
    `${fmt(median(full.map((s) => s.peakRssMiB)), 0)} MiB`,
    `search index ${fmt(search, 2)} s (+${fmt((100 * search) / (seconds - search), 0)} %)`,
    `${fmt(full[0]!.written, 0)} files`,
  ]);
  added.forEach((s, k) => {
    rows.push([
      `${fmt(count, 0)} posts + 1 (${k === 0 ? 'first' : 'second'})`,
      `${fmt(s.seconds, 2)} s`,
      `${fmt((100 * s.seconds) / seconds, 1)} % of full`,
      `${fmt(s.peakRssMiB, 0)} MiB`,
      `${s.processed} processed`,
      `${s.written} written, ${s.removed} removed`,
    ]);
  });
  if (site) {
    const h = median(hexoRuns.map((r) => r.seconds));
    hexo.push({ posts: count, ducai: seconds, hexo: h, hexoRss: median(hexoRuns.map((r) => r.rssMiB)) });
  }
}

console.log('\n| run | wall | rate / share | peak RSS | | files |\n| --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
for (const h of hexo) {
  console.log(
    `\nHexo 8 on the same ${fmt(h.posts, 0)} posts, same rounds: ${fmt(h.hexo, 1)} s, ${fmt(h.hexoRss, 0)} MiB; Ducai ${fmt(h.ducai, 2)} s: ${fmt(h.hexo / h.ducai, 1)}× faster`,
  );
}
