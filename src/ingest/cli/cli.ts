import { statSync, watch } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { defaultCacheDir, ingestFolder, type IngestResult } from '../run/ingest-folder';
import { progressLine } from './progress-line';

const USAGE = `usage: npm run ingest -- <postsDir> <outDir> [options]
  --full          process every post again, whatever the cache holds
  --cache <dir>   the cache of processed posts (default node_modules/.cache/ducai)
  --workers <n>   worker threads (default: one per core for 600 posts or more)
  --strict        exit 1 when a post was skipped or was a duplicate
  --watch         ingest again, incrementally, whenever posts change
  --quiet         print nothing but errors
  --json          print a JSON summary on stdout (for pipelines)`;

/** Changes settle this long before a --watch run starts: a pipeline drops posts in bursts. */
const WATCH_SETTLE_MS = 300;

interface Options {
  readonly postsDir: string;
  readonly outDir: string;
  readonly cacheDir: string;
  readonly full: boolean;
  readonly workers: number | undefined;
  readonly strict: boolean;
  readonly watch: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
}

function parseOptions(argv: readonly string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        full: { type: 'boolean', default: false },
        cache: { type: 'string' },
        workers: { type: 'string' },
        strict: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}\n${USAGE}`;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) return USAGE;
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) return `--workers: a whole number from 0 to 64\n${USAGE}`;
  const [postsDir, outDir] = positionals.map((p) => resolve(p)) as [string, string];
  return {
    postsDir,
    outDir,
    cacheDir: resolve(values.cache ?? defaultCacheDir()),
    full: values.full,
    workers,
    strict: values.strict,
    watch: values.watch,
    quiet: values.quiet,
    json: values.json,
  };
}

/**
 * Exit codes: 0 the bundle was written (problems are reported, not fatal); 1 with
 * --strict when any post was skipped or was a duplicate; 2 on bad arguments or when the
 * bundle could not be written (the previous bundle is then left intact).
 */
async function runOnce(options: Options, full: boolean): Promise<number> {
  const started = performance.now();
  const progress = !options.quiet && !options.json && process.stderr.isTTY ? progressLine(process.stderr) : null;
  let result: IngestResult;
  const phases: Record<string, number> = {};
  try {
    result = await ingestFolder({
      postsDir: options.postsDir,
      outDir: options.outDir,
      cacheDir: options.cacheDir,
      full,
      workers: options.workers,
      onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
      onPhase: (phase, ms) => (phases[phase] = Number((ms / 1000).toFixed(3))),
    });
  } catch (error) {
    progress?.end();
    console.error(`could not write the bundle to ${options.outDir}: ${error instanceof Error ? error.message : String(error)}`);
    console.error('the previous bundle, if any, is unchanged');
    return 2;
  }
  progress?.end();
  const { report, stats } = result;
  const seconds = (performance.now() - started) / 1000;
  if (options.json) {
    const { problems, ...counts } = report;
    // maxRSS is in KiB: the process's peak, worker threads included.
    const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(JSON.stringify({ outDir: options.outDir, seconds: Number(seconds.toFixed(3)), phases, peakRssMiB, ...counts, ...stats, problems }));
  } else if (!options.quiet) {
    for (const problem of report.problems) console.error(`${problem.kind}: ${problem.file}: ${problem.reason}`);
    console.log(
      `read ${report.read} · ok ${report.ok} · skipped ${report.skipped} · duplicates ${report.duplicates} · ` +
        `processed ${stats.processed}, ${stats.cached} from the cache · ${stats.written} files written, ${stats.removed} removed ` +
        `→ ${options.outDir} (${seconds.toFixed(2)} s)`,
    );
  }
  return options.strict && report.skipped + report.duplicates > 0 ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  if (!isDirectory(options.postsDir)) {
    console.error(`${options.postsDir}: not a folder of posts`);
    return 2;
  }
  if (!options.watch) return runOnce(options, options.full);
  // Watching starts before the first run, so a post dropped in while it runs (or the
  // moment it ends) starts one more run instead of waiting for the next change.
  // Runs one at a time; changes during a run start one more after it, never two at once.
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  let running: Promise<unknown> = Promise.resolve();
  const runAgain = () => {
    if (pending) return;
    pending = true;
    running = running.then(async () => {
      pending = false;
      await runOnce(options, false);
    });
  };
  watch(options.postsDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(runAgain, WATCH_SETTLE_MS);
  });
  running = runOnce(options, options.full);
  await running;
  if (!options.quiet) console.error(`watching ${options.postsDir} (Ctrl-C to stop)`);
  return new Promise<number>(() => undefined);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

process.exitCode = await main(process.argv.slice(2));
