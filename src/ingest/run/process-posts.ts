import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

import { contentHash } from '../bundle/content-hash';
import { PackWriter, type CachedPost, type SeenFile } from './cache/post-cache';
import { processPost, type ArticleBody, type PendingMeta } from '../pipeline/process-post';

/** Posts to process, by absolute path, their records going to this thread's pack of the run. */
export interface ProcessTask {
  readonly kind: 'process';
  readonly cacheDir: string;
  /** The run's pack names start so; each thread adds its own suffix. */
  readonly packPrefix: string;
  readonly paths: readonly string[];
  /**
   * Where the thread says which post it is on (an Int32Array of one): the orchestrator's
   * watchdog stops a post that takes too long (run/process-all.ts).
   */
  readonly progress?: SharedArrayBuffer;
}

/** A post's outcome: the file as read (null when it could not be), and what it gave. */
export interface ProcessedFile {
  readonly seen: SeenFile | null;
  readonly post: CachedPost;
}

/**
 * Reads, hashes and processes each post, and appends what each gives to the pack of this
 * thread (PostCache). A file that vanished or cannot be read, or a bug of ours on a
 * strange post, is that post's problem and comes back as a skip; a failure to write the
 * pack (a full disk) is not: it throws, failing the run before anything is published.
 */
export function processPosts(task: ProcessTask): ProcessedFile[] {
  const progress = task.progress ? new Int32Array(task.progress) : null;
  const pack = new PackWriter(task.cacheDir, `${task.packPrefix}-w${threadId}.pack`);
  try {
    return task.paths.map((path, i) => {
      if (progress) Atomics.store(progress, 0, i);
      let bytes: Buffer;
      let seen: SeenFile;
      try {
        ({ bytes, seen } = readPost(path));
      } catch (error) {
        return { seen: null, post: { ok: false, reason: `could not be read: ${message(error)}` } };
      }
      let outcome;
      try {
        outcome = processPost(bytes);
      } catch (error) {
        return { seen, post: { ok: false, reason: `could not be processed: ${message(error)}` } };
      }
      if (!outcome.ok) return { seen, post: outcome };
      const meta = toMeta(outcome.article);
      const at = pack.append(JSON.stringify(meta), outcome.json, outcome.search.text, outcome.search.title);
      return {
        seen,
        post: {
          ok: true,
          id: meta.id,
          title: meta.title,
          date: meta.date,
          charCount: meta.charCount,
          categories: meta.categories,
          stocks: meta.stocks,
          bodyHash: contentHash(outcome.json),
          warnings: outcome.warnings,
          at,
        },
      };
    });
  } finally {
    pack.close();
  }
}

/** A post's bytes and what the cache knows it by: size and time from the same open file as the bytes. */
export function readPost(path: string): { bytes: Buffer; seen: SeenFile } {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    const bytes = Buffer.allocUnsafe(stat.size);
    let done = 0;
    while (done < bytes.length) {
      const n = readSync(fd, bytes, done, bytes.length - done, done);
      if (n === 0) break;
      done += n;
    }
    const read = bytes.subarray(0, done);
    return { bytes: read, seen: { size: stat.size, mtimeMs: stat.mtimeMs, hash: createHash('sha256').update(read).digest('base64url').slice(0, 32) } };
  } finally {
    closeSync(fd);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the metadata pages carry: the article file's fields that only the reading view shows stay out. */
function toMeta(article: ArticleBody): PendingMeta {
  const { html: _html, images: _images, originalTitle: _originalTitle, sourceUrl: _sourceUrl, ...meta } = article;
  return meta;
}
