/**
 * Ingest benchmark: 10,000 generated posts (override with BENCH_POSTS), ingested in
 * fresh processes, RUNS times (default 3). Prints posts/s, wall time and the child's
 * peak RSS for each run and their median. Generated posts are cached in .bench/ so
 * only the ingest is measured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const count = Number(process.env.BENCH_POSTS ?? 10_000);
const runs = Number(process.env.RUNS ?? 3);
const root = join(import.meta.dirname, '..');
const postsDir = join(root, '.bench', `posts-${count}`);
const outDir = join(root, '.bench', `bundle-${count}`);

if (!existsSync(postsDir) || readdirSync(postsDir).length !== count) {
  rmSync(postsDir, { recursive: true, force: true });
  console.log(`generating ${count} posts into ${postsDir}…`);
  execFileSync('npx', ['tsx', 'src/ingest/corpus/cli.ts', postsDir, String(count)], { cwd: root, stdio: 'inherit' });
}

interface RunResult {
  readonly seconds: number;
  readonly rssMiB: number;
  readonly ok: number;
  readonly read: number;
}

const results: RunResult[] = [];
for (let run = 1; run <= runs; run++) {
  const output = execFileSync('npx', ['tsx', 'scripts/bench-ingest-child.ts', postsDir, outDir], { cwd: root, encoding: 'utf8' });
  const result = JSON.parse(output.trim().split('\n').at(-1)!) as RunResult;
  results.push(result);
  console.log(
    `run ${run}: ${result.read} read, ${result.ok} ok in ${result.seconds.toFixed(2)} s → ` +
      `${Math.round(result.read / result.seconds)} posts/s, peak RSS ${result.rssMiB.toFixed(0)} MiB`,
  );
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = median(results.map((r) => r.seconds));
console.log(
  `\ningest of ${count} posts, median of ${runs}: ${seconds.toFixed(2)} s wall, ` +
    `${Math.round(count / seconds)} posts/s, peak RSS ${median(results.map((r) => r.rssMiB)).toFixed(0)} MiB ` +
    `(targets: ≤ 2.5 s, ≥ 4,000 posts/s, < 400 MiB)`,
);
