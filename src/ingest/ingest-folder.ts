import type { IngestProblem, IngestReport } from '../shared/bundle-types';
import { buildBundle } from './bundle/build-bundle';
import { chooseDuplicate } from './choose-duplicate';
import { orderArticles } from './bundle/order-articles';
import { listPosts } from './list-posts';
import { processFiles } from './process-files';
import { openSearchSpill, type SpillRecord } from './search-spill';
import type { PendingMeta } from './process-post';
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
}

interface Kept {
  readonly meta: PendingMeta;
  readonly index: number;
  readonly file: string;
  readonly textHash: string;
  readonly search: SpillRecord;
}

/**
 * Reads every post under postsDir and writes the bundle to outDir. A post that cannot be
 * read becomes a problem in the report, never an exception: one bad file must not cost
 * the reader the other 99,999. Two files of one article (same id) keep the one first in
 * path order, whatever order workers finish in (chooseDuplicate), and report the other
 * as a duplicate, loudly when the texts differ.
 */
export async function ingestFolder(options: IngestOptions): Promise<IngestReport> {
  const files = listPosts(options.postsDir);
  const skippedAt: { index: number; reason: string }[] = [];
  const warningsAt: { index: number; reason: string }[] = [];
  const duplicatesAt: { index: number; reason: string }[] = [];
  const kept = new Map<string, Kept>();
  const writer = openBundleWriter(options.outDir, options.disk);
  const spill = openSearchSpill();
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
        const candidate = { index, file: files[index]!, textHash: post.textHash };
        const decision = earlier === undefined ? null : chooseDuplicate(earlier, candidate);
        if (decision === null || decision.kept === candidate) {
          if (decision !== null) duplicatesAt.push({ index: decision.dropped.index, reason: decision.reason });
          kept.set(post.meta.id, { ...candidate, meta: post.meta, search: spill.write(post.search) });
          // Not written where it was processed: another file of the article was first.
          if (post.json !== null) writer.writeArticle(post.meta.id, post.json);
        } else {
          duplicatesAt.push({ index, reason: decision.reason });
        }
      },
      { workers: options.workers },
    );
    const generatedAt = (options.now ?? new Date()).toISOString();
    const problems: IngestProblem[] = [
      ...skippedAt.map(({ index, reason }) => ({ index, problem: { file: files[index]!, kind: 'skipped' as const, reason } })),
      ...warningsAt.map(({ index, reason }) => ({ index, problem: { file: files[index]!, kind: 'warning' as const, reason } })),
      ...duplicatesAt.map(({ index, reason }) => ({ index, problem: { file: files[index]!, kind: 'duplicate' as const, reason } })),
    ]
      .sort((a, b) => a.index - b.index)
      .map((entry) => entry.problem);
    // Neighbours, and so revs, are known only once every article is: the staged bodies
    // become article files here, and only then is there metadata for the pages.
    const metas = writer.finishArticles(orderArticles([...kept.values()].map((k) => k.meta)));
    const searchKeys = {
      totalKeys: spill.totalKeys,
      keysOf: (ordinal: number) => spill.read(kept.get(metas[ordinal]!.id)!.search),
    };
    const report: IngestReport = {
      generatedAt,
      read: files.length,
      ok: metas.length,
      skipped: skippedAt.length,
      duplicates: duplicatesAt.length,
      problems,
    };
    writer.commit(buildBundle(metas, generatedAt, undefined, searchKeys), report);
    return report;
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    spill.dispose();
  }
}
