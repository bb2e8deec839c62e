// Writes a synthetic benchmark corpus: `npm run corpus -- <outDir> <count> [--seed N]`.
//
// Posts are generated one at a time and written synchronously, so memory stays
// flat however large the corpus. Measured on the 2-core benchmark VM, async
// writes with 4–64 in flight were no faster: generation dominates, and the
// thread pool only added kernel time creating files in one directory.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { generateCorpus } from './generate-corpus';

const USAGE = 'usage: npm run corpus -- <outDir> <count> [--seed N]';

interface Args {
  readonly outDir: string;
  readonly count: number;
  readonly seed: number | undefined;
}

class UsageError extends Error {}

function parseNonNegativeInteger(text: string, what: string, max: number): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${what} must be a non-negative integer, got "${text}"`);
  const value = Number(text);
  if (value > max) throw new UsageError(`${what} must be at most ${max}, got ${text}`);
  return value;
}

const OPTIONS = { seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

function tokenize(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    // parseArgs reports unknown options and missing option values this way.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function parseCliArgs(argv: readonly string[]): Args | 'help' {
  const parsed = tokenize(argv);
  if (parsed.values.help === true) return 'help';
  const [outDir, count, ...extra] = parsed.positionals;
  if (outDir === undefined || outDir.trim() === '') throw new UsageError('missing <outDir>');
  if (count === undefined) throw new UsageError('missing <count>');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return {
    outDir,
    count: parseNonNegativeInteger(count, '<count>', 10_000_000),
    seed: parsed.values.seed === undefined ? undefined : parseNonNegativeInteger(parsed.values.seed, '--seed', 0xffff_ffff),
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

function writeCorpus(args: Args): { files: number; bytes: number } {
  const outDir = resolve(args.outDir);
  let files = 0;
  let bytes = 0;
  for (const post of generateCorpus({ count: args.count, seed: args.seed })) {
    const data = Buffer.from(post.text, 'utf8');
    writeFileSync(join(outDir, post.fileName), data);
    files++;
    bytes += data.length;
  }
  return { files, bytes };
}

function main(): number {
  let args: Args | 'help';
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`corpus: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }

  try {
    mkdirSync(resolve(args.outDir), { recursive: true });
  } catch (error) {
    console.error(`corpus: cannot create <outDir> ${args.outDir}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }

  const started = performance.now();
  const { files, bytes } = writeCorpus(args);
  const seconds = (performance.now() - started) / 1000;
  console.log(`wrote ${files} posts, ${bytes} bytes (${formatBytes(bytes)}) to ${resolve(args.outDir)} in ${seconds.toFixed(1)} s`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`corpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
