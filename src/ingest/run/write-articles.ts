import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { articleFile } from '../bundle/finish-article';
import { PackReader, type PackRef } from './cache/post-cache';

/** Article files to write: each body from its pack record, finished by its tail. */
export interface ArticlesTask {
  readonly kind: 'articles';
  readonly cacheDir: string;
  /** Where the files go, as `<id>.json`. */
  readonly dir: string;
  readonly items: readonly (readonly [id: string, at: PackRef, tail: string])[];
}

/**
 * Writes each article's final file (finish-article.ts). `write` is the disk's, so tests
 * can make it fail; from a worker thread it is the file system's.
 */
export function writeArticles(task: ArticlesTask, write: (path: string, data: Uint8Array) => void = writeFileSync): void {
  const packs = new PackReader(task.cacheDir);
  try {
    for (const [id, at, tail] of task.items) write(join(task.dir, `${id}.json`), articleFile(packs.body(at), tail));
  } finally {
    packs.close();
  }
}
