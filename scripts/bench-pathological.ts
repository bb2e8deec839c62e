/**
 * `npm run bench:pathological [-- --timeout 120 --scale 1]`: processes each of the
 * pathological posts (scripts/bench-pathological/pathological-posts.ts) through the whole
 * per-post pipeline (processPost), each in a fresh child process with a deadline, and
 * prints milliseconds per post, the outcome (ok or the skip reason) and the size of what
 * came out. One post at a time: the machine is shared, nothing runs in parallel.
 */
import { execFileSync } from 'node:child_process';

import { pathologicalPosts } from './bench-pathological/pathological-posts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const timeout = option('timeout', 120);
const scale = option('scale', 1);
const root = `${import.meta.dirname}/..`;
const posts = pathologicalPosts(scale);

console.log(`post${' '.repeat(38)}  bytes        ms  outcome`);
for (const [index, post] of posts.entries()) {
  const bytes = Buffer.byteLength(post.text);
  let line: string;
  try {
    const output = execFileSync('npx', ['tsx', 'scripts/bench-pathological/run-one.ts', String(index), String(scale)], {
      cwd: root,
      encoding: 'utf8',
      timeout: timeout * 1000,
      killSignal: 'SIGKILL',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as { ms: number; outcome: string };
    line = `${result.ms.toFixed(0).padStart(8)}  ${result.outcome}`;
  } catch (error) {
    const timedOut = error instanceof Error && 'signal' in error && error.signal === 'SIGKILL';
    line = timedOut ? `> ${timeout * 1000}  did not finish` : `   crash  ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  console.log(`${post.name.padEnd(42)}  ${bytes.toLocaleString('en').padStart(10)}  ${line}`);
}
