import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { IngestProblem, IngestReport } from '../shared/bundle-types';
import { buildBundle } from './bundle/build-bundle';
import { orderArticles } from './bundle/order-articles';
import { listPosts } from './list-posts';

import { processFiles, PARALLEL_THRESHOLD } from './process-files';
import type { PendingMeta } from './process-post';
import { buildSearchIndex } from './search/build-search-index';
import { openTextStoreWriter, type TextRef } from './search/text-store';
import { createWorkerPool } from './worker-pool';
import { openBundleWriter, type BundleDisk } from './write-bundle';

export interface IngestOptions {
  readonly postsDir: string;
  readonly outDir: string;
  /** The build time written into the bundle; injectable so tests are reproducible. */
  readonly now?: Date;
  /** Worker threads for processing; see processFiles. */
  readonly workers?: number;
  /** Passed to the bundle writer; for tests that need the disk to fail. */
  readonly disk?: BundleDisk;
  /** Told how long each phase took, in ms, as it ends (the benchmark's breakdown). */
  readonly onPhase?: (phase: IngestPhase, ms: number) => void;
}

/** The ingest's phases: posts processed, article files finished, the search index, the other files. */
export type IngestPhase = 'process' | 'articles' | 'search' | 'files';

interface Kept {
  readonly meta: PendingMeta;
  readonly index: number;
  readonly search: TextRef;
}

/**
 * Reads every post under postsDir and writes the bundle to outDir. A post that cannot be
 * read becomes a problem in the report, never an exception: one bad file must not cost
 * the reader the other 99,999. Two files of one article (same id) keep the fuller one
 * (more text; on a tie the first in path order, whatever order workers finish in) and
 * report the other as a duplicate.
 */
export async function ingestFolder(options: IngestOptions): Promise<IngestReport> {
  const files = listPosts(options.postsDir);
  const skippedAt: { index: number; reason: string }[] = [];
  const warningsAt: { index: number; reason: string }[] = [];
  const duplicatesAt: { index: number; winner: number }[] = [];
  const kept = new Map<string, Kept>();
  const writer = openBundleWriter(options.outDir, options.disk);
  let phaseStart = performance.now();
  const phase = (name: IngestPhase) => {
    const now = performance.now();
    options.onPhase?.(name, now - phaseStart);
    phaseStart = now;
  };
  const texts = openTextStoreWriter(join(tmpdir(), `ducai-texts-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.bin`));
  try {
    await processFiles(
      options.postsDir,
      files,
      writer.articlesDir,
      (index, post) => {
        if (!post.ok) {
          skippedAt.push({ index, reason: post.reason });
          return;
        }
        for (const reason of post.warnings) warningsAt.push({ index, reason });
        const earlier = kept.get(post.meta.id);
        if (earlier === undefined || isFuller(post.meta, index, earlier)) {
          if (earlier !== undefined) duplicatesAt.push({ index: earlier.index, winner: index });
          kept.set(post.meta.id, { meta: post.meta, index, search: texts.append(post.search.text, post.search.title) });
          // Not written where it was processed: another file of the article was first.
          if (post.json !== null) writer.writeArticle(post.meta.id, post.json);
        } else {
          duplicatesAt.push({ index, winner: earlier.index });
        }
      },
      { workers: options.workers },
    );
    phase('process');
    const generatedAt = (options.now ?? new Date()).toISOString();
    const problems: IngestProblem[] = [
      ...skippedAt.map(({ index, reason }) => ({ index, problem: { file: files[index]!, kind: 'skipped' as const, reason } })),
      ...warningsAt.map(({ index, reason }) => ({ index, problem: { file: files[index]!, kind: 'warning' as const, reason } })),
      ...duplicatesAt.map(({ index, winner }) => ({
        index,
        problem: {
          file: files[index]!,
          kind: 'duplicate' as const,
          reason: `same article as ${files[winner]} (same title and date); kept ${files[winner]}`,
        },
      })),
    ]
      .sort((a, b) => a.index - b.index)
      .map((entry) => entry.problem);
    // Neighbours, and so revs, are known only once every article is: the staged bodies
    // become article files here, and only then is there metadata for the pages.
    const metas = writer.finishArticles(orderArticles([...kept.values()].map((k) => k.meta)));
    texts.flush();
    phase('articles');
    const workers = options.workers ?? (metas.length < PARALLEL_THRESHOLD ? 0 : undefined);
    const pool = workers === 0 ? null : createWorkerPool(new URL('./search/search-tasks.ts', import.meta.url), workers);
    let search;
    try {
      search = await buildSearchIndex({
        articles: metas,
        texts: metas.map((meta) => kept.get(meta.id)!.search),
        store: texts.path,
        dir: writer.searchDir,
        pool,
        tmpDir: tmpdir(),
      });
    } finally {
      await pool?.destroy();
    }
    phase('search');
    const report: IngestReport = {
      generatedAt,
      read: files.length,
      ok: metas.length,
      skipped: skippedAt.length,
      duplicates: duplicatesAt.length,
      problems,
    };
    writer.commit(buildBundle(metas, generatedAt, search), report);
    phase('files');
    return report;
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    texts.close();
    rmSync(texts.path, { force: true });
  }
}

function isFuller(meta: PendingMeta, index: number, than: Kept): boolean {
  return meta.charCount > than.meta.charCount || (meta.charCount === than.meta.charCount && index < than.index);
}
