/**
 * `npm run fuzz -- --cases 20000 [--seed 7] [--deadline-ms 5000]`: the fuzzing test of the
 * suite (src/lib/sanitizer-fixed-point.test.ts), for as many mutated posts as asked. Each
 * post goes through the whole ingest in a worker under a per-post deadline; its HTML must
 * be a fixed point of the ingest's sanitizer and come back unchanged through the reader's
 * (jsdom's parser, DOMPurify, the structure pass). Prints the count of each outcome (ok,
 * skipped, crash, hang, unstable, changed by the reader) and fails on any but the first two.
 */
import { spawnSync } from 'node:child_process';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const cases = Number(option('cases') ?? 20_000);
const seed = Number(option('seed') ?? Date.now() % 100_000);
const deadline = Number(option('deadline-ms') ?? 5000);
if (![cases, seed, deadline].every((n) => Number.isSafeInteger(n) && n > 0)) {
  console.error('usage: npm run fuzz -- [--cases N] [--seed N] [--deadline-ms N]');
  process.exit(2);
}
console.log(`fuzzing ${cases} posts with seed ${seed} (rerun a failure with --seed ${seed})…`);
const result = spawnSync('npx', ['vitest', 'run', 'src/lib/sanitizer-fixed-point.test.ts'], {
  cwd: `${import.meta.dirname}/..`,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_CASES: String(cases), FUZZ_SEED: String(seed), FUZZ_DEADLINE_MS: String(deadline) },
});
process.exit(result.status ?? 1);
