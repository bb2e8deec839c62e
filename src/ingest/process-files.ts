import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleMeta } from '../shared/bundle-types';
import { processPost } from './process-post';

/** Below this many posts, starting workers (~0.2 s each) costs more than it saves. */
export const PARALLEL_THRESHOLD = 600;
/** Posts per message: large enough to amortize messaging, small enough to balance load. */
const BATCH_SIZE = 200;

/**
 * A post's outcome as it travels between threads: the article already serialized (it
 * is written as is, never parsed again) beside its metadata, which the bundle needs.
 */
export type ProcessedPost =
  | { readonly ok: true; readonly meta: ArticleMeta; readonly json: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export interface ProcessFilesOptions {
  /** Worker threads to use; 0 processes in this thread. Default: one per core, at most 4. */
  readonly workers?: number;
}

/**
 * Workers load this project's TypeScript through tsx's loader, registered inside the
 * worker, whatever ran the parent (tsx, Vitest): Node 20 does not pass the parent's
 * loader hooks on to a worker's entry module.
 */
const WORKER_BOOTSTRAP = `
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import(${JSON.stringify(new URL('./process-worker.ts', import.meta.url).href)});
  });
`;

/**
 * Reads and processes `files` (relative to postsDir), calling `onPost` with each
 * file's index and outcome — in index order when in-process, in batch-completion order
 * with workers. Large folders are spread over worker threads, each handed a new batch
 * as it finishes the last, so a slow batch never idles the others.
 */
export async function processFiles(
  postsDir: string,
  files: readonly string[],
  onPost: (index: number, post: ProcessedPost) => void,
  options: ProcessFilesOptions = {},
): Promise<void> {
  const workers = options.workers ?? (files.length < PARALLEL_THRESHOLD ? 0 : Math.min(availableParallelism(), 4));
  if (workers <= 0) {
    files.forEach((file, i) => onPost(i, readAndProcess(join(postsDir, file))));
    return;
  }
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_BOOTSTRAP, { eval: true });
      const sendNext = (): void => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const start = next;
        next = Math.min(files.length, next + BATCH_SIZE);
        worker.postMessage({ start, paths: files.slice(start, next).map((f) => join(postsDir, f)) });
      };
      worker.on('message', (message: { start: number; posts: ProcessedPost[] }) => {
        try {
          message.posts.forEach((post, i) => onPost(message.start + i, post));
        } catch (error) {
          void worker.terminate();
          reject(error);
          return;
        }
        sendNext();
      });
      worker.on('error', reject);
      sendNext();
    });
  await Promise.all(Array.from({ length: workers }, runWorker));
}

/** Never throws: a file that vanished mid-run, or a bug of ours, is the file's problem. */
export function readAndProcess(path: string): ProcessedPost {
  try {
    const outcome = processPost(readFileSync(path));
    if (!outcome.ok) return outcome;
    return { ok: true, meta: toMeta(outcome.article), json: outcome.json, warnings: outcome.warnings };
  } catch (error) {
    return { ok: false, reason: `could not be processed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function toMeta(article: Article): ArticleMeta {
  const { html: _html, images: _images, ...meta } = article;
  return meta;
}
