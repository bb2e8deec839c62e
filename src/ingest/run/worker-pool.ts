import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

import { Piscina } from 'piscina';

/**
 * The ingest's task module (worker-tasks.ts): from sources beside this file; compiled
 * (scripts/build-cli.ts), dist-cli/worker-tasks.js beside the chunk this code is in.
 */
const INGEST_TASKS = import.meta.url.endsWith('.ts') ? new URL('./worker-tasks.ts', import.meta.url) : new URL('./worker-tasks.js', import.meta.url);

/**
 * A pool of worker threads running one task module (the ingest's unless a test gives its
 * own), whose default export handles a task. From TypeScript sources (tsx, Vitest) the
 * workers start through tsx-worker.mjs, which registers tsx first; from the compiled CLI
 * they load the module's JavaScript directly. Callers must `destroy()` the pool, also
 * when a task fails: its threads keep the process alive otherwise.
 */
export function createWorkerPool(threads = defaultThreads(), taskModule: URL = INGEST_TASKS): Piscina {
  const fromSource = taskModule.pathname.endsWith('.ts');
  return new Piscina({
    filename: fromSource ? fileURLToPath(new URL('./tsx-worker.mjs', import.meta.url)) : fileURLToPath(taskModule),
    workerData: { taskModule: taskModule.href },
    minThreads: threads,
    maxThreads: threads,
    // A task's result is small; the default Atomics wait only adds latency to idle workers.
    atomics: 'disabled',
    // A task holds one post, or one run of the search index (48 MB of log): with room to
    // spare, a thread collects its garbage early rather than growing the process.
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
}

/** One thread per core, at most four: the work is CPU-bound and a core is the main thread's. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}
