/**
 * Inputs of the benchmark: generated corpora (cached in .bench/posts-<count>), one bundle
 * per corpus (.bench/app-bundle-<count>), the app build (.bench/app-dist), the gzipped
 * size of the build's entry chunk, and the static floor page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { prerenderIndex } from '../../src/prerender/prerender-index';
import type { ArticleRef } from './bundle-targets';

export const progress = (message: string): void => void process.stderr.write(`[bench:app] ${message}\n`);

function run(root: string, args: readonly string[]): void {
  execFileSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Runs the ingest quietly (one line per skipped post adds up): its summary, or all of it on failure. */
function runIngest(root: string, args: readonly string[]): string {
  const result = spawnSync('npx', args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    process.stderr.write(output);
    throw new Error(`ingest failed (${result.error?.message ?? `exit status ${result.status}`})`);
  }
  return (result.stdout ?? '').trim().split('\n').at(-1) ?? '';
}

function countFiles(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countFiles(join(dir, entry.name));
    else count++;
  }
  return count;
}

/** .bench/posts-<count>, generated unless a folder with exactly `count` files is there. */
export function ensureCorpus(root: string, count: number): string {
  const dir = join(root, '.bench', `posts-${count}`);
  if (existsSync(dir) && countFiles(dir) === count) {
    progress(`corpus ${count}: cached in ${dir}`);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  progress(`corpus ${count}: generating into ${dir}…`);
  const started = performance.now();
  run(root, ['tsx', 'tools/corpus/cli.ts', dir, String(count)]);
  progress(`corpus ${count}: generated in ${seconds(started)}`);
  return dir;
}

interface BundleHead {
  readonly schemaVersion?: number;
}
interface ReportHead {
  readonly read?: number;
}

/**
 * .bench/app-bundle-<count>, ingested from the corpus; with `keep`, an existing bundle of
 * this checkout's schema version that read `count` posts is used as it is.
 */
export function ensureBundle(root: string, postsDir: string, count: number, keep: boolean, schemaVersion: number): string {
  const dir = join(root, '.bench', `app-bundle-${count}`);
  if (keep && existsSync(join(dir, 'manifest.json')) && existsSync(join(dir, 'report.json'))) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BundleHead;
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ReportHead;
    if (manifest.schemaVersion === schemaVersion && report.read === count) {
      progress(`bundle ${count}: kept ${dir}`);
      return dir;
    }
    progress(`bundle ${count}: ${dir} is not a v${schemaVersion} bundle of ${count} posts, ingesting again`);
  }
  progress(`bundle ${count}: ingesting into ${dir}…`);
  const started = performance.now();
  const summary = runIngest(root, ['tsx', 'src/ingest/cli/cli.ts', postsDir, dir]);
  progress(`bundle ${count}: ingested in ${seconds(started)}: ${summary}`);
  return dir;
}

export function buildApp(root: string): string {
  const dir = join(root, '.bench', 'app-dist');
  progress(`app: vite build into ${dir}…`);
  const started = performance.now();
  run(root, ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn']);
  progress(`app: built in ${seconds(started)}`);
  return dir;
}

export interface EntryChunk {
  /** Path of the JS that index.html's <script type="module"> loads, relative to the build. */
  readonly file: string;
  readonly bytes: number;
  /** gzip at zlib's default level, as the benchmark's server sends it. */
  readonly gzipBytes: number;
  /** Everything index.html loads up front (module scripts, modulepreloads, stylesheets), gzipped. */
  readonly initialGzipBytes: number;
}

export function entryChunk(appDir: string): EntryChunk {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}=["']([^"']*)["']`).exec(tag)?.[1] ?? null;
  const entry = tags.find((tag) => tag.startsWith('<script') && attr(tag, 'type') === 'module' && attr(tag, 'src') !== null);
  if (!entry) throw new Error(`${appDir}/index.html has no <script type="module" src>`);
  const local = (url: string) => join(appDir, url.replace(/^\//, '').replace(/[?#].*$/, ''));
  const gzipOf = (url: string) => gzipSync(readFileSync(local(url))).length;
  const file = attr(entry, 'src')!;
  const initial = tags
    .filter((tag) => tag === entry || ['modulepreload', 'stylesheet'].includes(attr(tag, 'rel') ?? ''))
    .map((tag) => attr(tag, 'src') ?? attr(tag, 'href'))
    .filter((url): url is string => url !== null && !/^[a-z]+:/i.test(url));
  return {
    file,
    bytes: readFileSync(local(file)).length,
    gzipBytes: gzipOf(file),
    initialGzipBytes: [...new Set(initial)].reduce((sum, url) => sum + gzipOf(url), 0),
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The floor: the newest 20 titles as a plain list, the app's font stack, no script. */
export function floorPage(newest: readonly ArticleRef[]): string {
  const items = newest
    .map(
      (article) =>
        `<li><a data-article-link="${escapeHtml(article.id)}" href="/articles/${encodeURIComponent(article.id)}">${escapeHtml(article.title)}</a></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>读财 floor</title>
<style>body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 2rem; } li { margin: 0.75rem 0; font-size: 17px; }</style>
</head>
<body><ul>
${items}
</ul></body>
</html>
`;
}

export const seconds = (started: number): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/**
 * The app as `npm run build` leaves it for one corpus: the build, with the first screen of
 * that corpus's list prerendered into index.html (src/prerender). Copied per corpus into
 * .bench/app-dist-<count>; assets are the build's own.
 */
export function prerenderedApp(root: string, appDir: string, bundleDir: string, count: number): string {
  const dir = join(root, '.bench', `app-dist-${count}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(appDir, dir, { recursive: true });
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  symlinkSync(bundleDir, join(dir, 'data'));
  prerenderIndex(dir, '/');
  return dir;
}
