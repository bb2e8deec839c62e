import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { processPost, type ArticleBody, type PendingMeta } from './process-post';
import type { SearchKeys } from './steps/index-search-text';

/** Below this many posts, starting workers (~0.2 s each) costs more than it saves. */
export const PARALLEL_THRESHOLD = 600;
/** Posts per message: large enough to amortize messaging, small enough to balance load. */
const BATCH_SIZE = 200;

/**
 * A post's outcome as it travels between threads. The article's body file is written
 * where the post is processed (in parallel, and without copying the text between
 * threads); only its metadata travels. `json` comes back only when the file could not be
 * written because another file of the same article got there first: the orchestrator
 * decides which of the two is kept and rewrites the file if this one wins.
 */
export type ProcessedPost =
  | {
      readonly ok: true;
      readonly meta: PendingMeta;
      /** The serialized body when it was not written (a duplicate id), else null. */
      readonly json: string | null;
      readonly search: SearchKeys;
      /** PostOutcome.textHash: for chooseDuplicate. */
      readonly textHash: string;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

export interface ProcessFilesOptions {
  /** Worker threads to use; 0 processes in this thread. Default: one per core, at most 4. */
  readonly workers?: number;
}

/** Where article bodies are written, as `<id>.json`, never replacing one. */
export type ArticlesDir = string;

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
  articlesDir: ArticlesDir,
  onPost: (index: number, post: ProcessedPost) => void,
  options: ProcessFilesOptions = {},
): Promise<void> {
  const workers = options.workers ?? (files.length < PARALLEL_THRESHOLD ? 0 : Math.min(availableParallelism(), 4));
  if (workers <= 0) {
    files.forEach((file, i) => onPost(i, readAndProcess(join(postsDir, file), articlesDir)));
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
        worker.postMessage({ start, articlesDir, paths: files.slice(start, next).map((f) => join(postsDir, f)) });
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

/**
 * Reads, processes and writes one post. A file that vanished mid-run, or a bug of ours
 * on a strange post, is that post's problem and comes back as a skip. A failure to write
 * (a full disk) is not: it throws, failing the run before the bundle is swapped in.
 */
export function readAndProcess(path: string, articlesDir: ArticlesDir): ProcessedPost {
  let outcome;
  try {
    outcome = processPost(readFileSync(path));
  } catch (error) {
    return { ok: false, reason: `could not be processed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!outcome.ok) return outcome;
  const meta = toMeta(outcome.article);
  try {
    // 'wx': never replace the file of an earlier duplicate; the orchestrator decides.
    writeFileSync(join(articlesDir, `${meta.id}.json`), outcome.json, { flag: 'wx' });
    return { ok: true, meta, json: null, search: outcome.search, textHash: outcome.textHash, warnings: outcome.warnings };
  } catch (error) {
    if (isAlreadyThere(error)) {
      return { ok: true, meta, json: outcome.json, search: outcome.search, textHash: outcome.textHash, warnings: outcome.warnings };
    }
    throw error;
  }
}

function isAlreadyThere(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EEXIST';
}

/** What the metadata pages carry: the article file's fields that only the reading view shows stay out. */
function toMeta(article: ArticleBody): PendingMeta {
  const { html: _html, images: _images, originalTitle: _originalTitle, sourceUrl: _sourceUrl, ...meta } = article;
  return meta;
}
