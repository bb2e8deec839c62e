import type { Piscina } from 'piscina';

import type { SeenFile } from './cache/post-cache';
import { processPosts, readPost, type ProcessedFile, type ProcessTask } from './process-posts';
import { settleAll } from './settle-all';

/** Posts per task: enough to amortize a message, few enough to balance the threads. */
const BATCH = 100;
/** How often the watchdog looks at the running tasks. */
const WATCH_MS = 200;

export interface ProcessAllOptions {
  readonly pool: Piscina | null;
  readonly cacheDir: string;
  readonly packPrefix: string;
  /** A post still processing after this long is stopped and skipped (threads only). */
  readonly deadlineMs: number;
  /** Told how many posts are done, as batches finish. */
  readonly onDone?: (done: number) => void;
}

/**
 * Processes posts (absolute paths) into the cache, in batches spread over the pool's
 * threads, each handed a new batch as it finishes the last. A post that runs past the
 * deadline — a step gone quadratic on an input nobody foresaw — is stopped with its
 * thread and skipped with the reason; the rest of its batch goes again. Returns each
 * post's outcome, by its index in `paths`.
 */
export async function processAll(paths: readonly string[], options: ProcessAllOptions): Promise<ProcessedFile[]> {
  const out = new Array<ProcessedFile>(paths.length);
  let done = 0;
  const finish = (indices: readonly number[], results: readonly ProcessedFile[]) => {
    indices.forEach((index, i) => (out[index] = results[i]!));
    done += indices.length;
    options.onDone?.(done);
  };
  const task = (indices: readonly number[], progress?: SharedArrayBuffer): ProcessTask => ({
    kind: 'process',
    cacheDir: options.cacheDir,
    packPrefix: options.packPrefix,
    paths: indices.map((i) => paths[i]!),
    ...(progress ? { progress } : {}),
  });
  const batches: number[][] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(Array.from({ length: Math.min(BATCH, paths.length - i) }, (_, k) => i + k));
  const { pool } = options;
  if (pool === null) {
    for (const batch of batches) finish(batch, processPosts(task(batch)));
    return out;
  }
  const running = new Set<{ progress: Int32Array; at: number; since: number; abort: AbortController }>();
  const watchdog = setInterval(() => {
    const now = performance.now();
    for (const job of running) {
      const at = Atomics.load(job.progress, 0);
      // -1: still waiting for a thread, so never late.
      if (at !== job.at || at === -1) Object.assign(job, { at, since: now });
      else if (now - job.since > options.deadlineMs) job.abort.abort();
    }
  }, WATCH_MS);
  // A batch that fails (not one stopped for being late) stops the others, queued or
  // running, so that the error is reported at once and no task outlives the pool.
  const failure = new AbortController();
  const runBatch = async (indices: readonly number[]): Promise<void> => {
    // -1 until the thread starts the batch: a batch waiting in the queue is never late.
    const shared = new SharedArrayBuffer(4);
    const job = { progress: new Int32Array(shared).fill(-1), at: -1, since: performance.now(), abort: new AbortController() };
    running.add(job);
    try {
      finish(indices, (await pool.run(task(indices, shared), { signal: AbortSignal.any([job.abort.signal, failure.signal]) })) as ProcessedFile[]);
    } catch (error) {
      if (failure.signal.aborted || !job.abort.signal.aborted) {
        failure.abort();
        throw error;
      }
      const stuck = Math.max(0, job.at);
      // Known by its content from now on, so the next run does not wait for it again.
      let seen: SeenFile | null = null;
      try {
        seen = readPost(paths[indices[stuck]!]!).seen;
      } catch {
        // Gone meanwhile: nothing to remember it by.
      }
      finish([indices[stuck]!], [{ seen, post: { ok: false, reason: `took longer than ${formatSeconds(options.deadlineMs)} to process; stopped` } }]);
      const rest = indices.filter((_, i) => i !== stuck);
      if (rest.length > 0) await runBatch(rest);
    } finally {
      running.delete(job);
    }
  };
  try {
    await settleAll(batches.map(runBatch));
  } finally {
    clearInterval(watchdog);
  }
  return out;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}
