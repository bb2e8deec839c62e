import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { FuzzResult } from './fuzz-case';

export type FuzzOutcome = FuzzResult['outcome'] | 'hang';

export interface FuzzOptions {
  readonly cases: number;
  /** Same seed, same cases: a failure is reproduced by (seed, index). */
  readonly seed: number;
  /** Per post: past it the worker is stopped and the case counts as a hang. */
  readonly deadlineMs: number;
  readonly onResult: (result: FuzzResult | { readonly index: number; readonly outcome: 'hang'; readonly ms: number }) => void;
}

/** Loads this project's TypeScript in the worker, as src/ingest/run/tsx-worker.mjs does for the ingest's pool. */
const BOOTSTRAP = `
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'fuzz-worker.ts')).href)});
  });
`;

/**
 * Runs `cases` mutated posts, one at a time, each in a worker thread under a deadline: a
 * post that takes longer is a hang (the worker is stopped and a fresh one continues),
 * never a stalled run. Results come in case order.
 */
export async function runFuzz({ cases, seed, deadlineMs, onResult }: FuzzOptions): Promise<void> {
  let worker: Worker | null = null;
  const start = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const fresh = new Worker(BOOTSTRAP, { eval: true, workerData: { runSeed: seed } });
      fresh.once('message', () => resolve(fresh));
      fresh.once('error', reject);
    });
  try {
    for (let index = 0; index < cases; index++) {
      worker ??= await start();
      const current = worker;
      const started = performance.now();
      const result = await new Promise<FuzzResult | null>((resolve, reject) => {
        const timer = setTimeout(() => resolve(null), deadlineMs);
        current.once('message', (message: FuzzResult) => {
          clearTimeout(timer);
          resolve(message);
        });
        current.once('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        current.postMessage(index);
      });
      if (result === null) {
        await current.terminate();
        worker = null;
        onResult({ index, outcome: 'hang', ms: performance.now() - started });
      } else {
        current.removeAllListeners('error');
        onResult(result);
      }
    }
  } finally {
    await worker?.terminate();
  }
}
