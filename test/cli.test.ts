import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Manifest } from '../src/shared/bundle-types';
import { generateCorpus } from '../tools/corpus/generate-corpus';
import { ingestFolder, PARALLEL_THRESHOLD } from '../src/ingest/run/ingest-folder';
import { buildCli } from '../scripts/build-cli';

/**
 * The command-line ingest as production runs it: compiled to JavaScript and started by
 * plain `node` (no tsx), with its worker threads.
 */
const ROOT = join(import.meta.dirname, '..');
let cli: string;
let work: string;
let posts: string;

beforeAll(async () => {
  // Inside the project, so the compiled files find piscina in node_modules.
  cli = join(await buildCli(join(ROOT, 'node_modules', '.cache', `ducai-cli-test-${process.pid}`)), 'ingest.js');
  work = mkdtempSync(join(tmpdir(), 'ducai-cli-'));
  posts = join(work, 'posts');
  mkdirSync(posts);
  for (const post of generateCorpus({ count: PARALLEL_THRESHOLD + 50, seed: 11 })) writeFileSync(join(posts, post.fileName), post.text);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(cli, '..'), { recursive: true, force: true });
});

const runCli = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000 });

/** Every file of a bundle folder with its text; the manifest and the report without their build time. */
function snapshot(dir: string): [string, unknown][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      if (file !== 'manifest.json' && file !== 'report.json') return [file, text];
      const { generatedAt: _at, ...rest } = JSON.parse(text) as Manifest;
      return [file, rest];
    });
}

describe('the compiled CLI', () => {
  it('with two worker threads writes the bundle the ingest writes in one thread, and a JSON summary', async () => {
    const out = join(work, 'threads');
    const result = runCli(posts, out, '--workers', '2', '--cache', join(work, 'cache-threads'), '--json');
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { read: number; processed: number; cached: number };
    expect(summary).toMatchObject({ read: PARALLEL_THRESHOLD + 50, processed: PARALLEL_THRESHOLD + 50, cached: 0 });
    const single = join(work, 'single');
    await ingestFolder({ postsDir: posts, outDir: single, cacheDir: join(work, 'cache-single'), workers: 0 });
    expect(snapshot(out)).toEqual(snapshot(single));

    const again = JSON.parse(runCli(posts, out, '--workers', '2', '--cache', join(work, 'cache-threads'), '--json').stdout) as typeof summary;
    expect(again).toMatchObject({ processed: 0, cached: PARALLEL_THRESHOLD + 50, written: 2 });
  }, 60_000);

  it('says why and exits 2 when the bundle cannot be written, its threads stopped', () => {
    writeFileSync(join(work, 'a-file'), 'not a folder');
    const result = runCli(posts, join(work, 'a-file', 'data'), '--workers', '2', '--cache', join(work, 'cache-fail'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('could not write the bundle');
    expect(result.stderr).toContain('the previous bundle, if any, is unchanged');
  }, 60_000);

  it('refuses unknown options and a missing folder with the usage', () => {
    expect(runCli(posts, join(work, 'x'), '--fast').status).toBe(2);
    const missing = runCli(join(work, 'nowhere'), join(work, 'x'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('not a folder of posts');
  });

  it('with --watch publishes a post dropped into the folder', async () => {
    const watched = join(work, 'watched');
    mkdirSync(watched);
    for (const post of generateCorpus({ count: 5, seed: 3 })) writeFileSync(join(watched, post.fileName), post.text);
    const out = join(work, 'watch-out');
    const child = spawn(process.execPath, [cli, watched, out, '--watch', '--cache', join(work, 'cache-watch')], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const count = () =>
        existsSync(join(out, 'manifest.json')) ? (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest).articleCount : 0;
      await expect.poll(count, { timeout: 30_000 }).toBe(5);
      const [extra] = generateCorpus({ count: 1, seed: 99 });
      writeFileSync(join(watched, 'dropped-in.md'), extra!.text);
      await expect.poll(count, { timeout: 30_000 }).toBe(6);
    } finally {
      child.kill('SIGINT');
    }
  }, 90_000);
});
