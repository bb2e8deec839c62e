import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Piscina } from 'piscina';

import type { SearchIdPage, SearchIndex, SearchSegment } from '../../shared/bundle-types';
import { searchFileName } from '../../shared/search-file-name';
import { sketchEstimate, sketchUnion, SKETCH_REGISTERS } from '../bundle/search/distinct-keys';
import { readRunSketch, type MergeTask } from '../bundle/search/merge-runs';
import type { PackRef } from './cache/post-cache';
import runIngestTask from './worker-tasks';
import type { RunsTask, SearchTask } from './search-tasks';
import { planSegments, segmentName, shardCountFor } from '../bundle/search/segment-plan';

/**
 * How the build is cut into tasks: runs of at most `rangeArticles` articles, each task
 * holding at most `runBudgetBytes` of log (about 2,000 articles of the generated corpus)
 * before it flushes a run; a segment's shards merged in up to `mergeParts` parts.
 */
export const SEARCH_BUILD_SIZES = Object.freeze({ rangeArticles: 8192, runBudgetBytes: 24 << 20, idPageSize: 64 });

export interface SearchIndexInput {
  /** Every article by ordinal. */
  readonly articles: readonly { readonly id: string; readonly rev: string }[];
  /** Where each article's searchable text is in the cache's packs, by ordinal. */
  readonly texts: readonly PackRef[];
  readonly cacheDir: string;
  /** The bundle's search folder, where the files go. */
  readonly dir: string;
  /** Worker threads for the tasks, or null to run them in this thread. */
  readonly pool: Piscina | null;
  /** Where runs are kept while the build needs them. */
  readonly tmpDir: string;
  /**
   * The shard count of a segment whose files are there already (from an earlier build
   * with the same name, so the same content), or undefined: it is then not built again.
   */
  readonly reuse?: (name: string) => number | undefined;
}

/**
 * Writes the search index of the articles into `dir` (formats in
 * src/shared/bundle-types.ts) and returns what the manifest says of it. Each segment is
 * indexed in runs of consecutive articles, in parallel, then its runs are merged shard
 * range by shard range, in parallel: memory is a few runs' worth, whatever the corpus.
 */
export async function buildSearchIndex(input: SearchIndexInput): Promise<SearchIndex> {
  const runsDir = mkdtempSync(join(input.tmpDir, 'ducai-runs-'));
  // Once a task fails no new one starts, and the runs are removed only when every task
  // submitted has settled: a task still writing into a removed folder would fail again,
  // and its late answer to a destroyed pool crashes the process instead of reporting.
  const submitted: Promise<unknown>[] = [];
  let failed = false;
  const run = async (task: SearchTask): Promise<string[]> => {
    if (failed) throw new Error('search index: an earlier task failed');
    const result = input.pool ? input.pool.run(task) : Promise.resolve().then(() => runIngestTask(task));
    submitted.push(result);
    try {
      return ((await result) as string[] | null) ?? [];
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  const threads = input.pool?.options.maxThreads ?? 1;
  try {
    const planned = planSegments(input.articles.length);
    const segments = await Promise.all(
      planned.map(async (plan): Promise<SearchSegment> => {
        const name = segmentName(plan, input.articles);
        const { first, count } = plan;
        const reused = input.reuse?.(name);
        if (reused !== undefined) return { first, count, name, shards: reused };
        const ranges: RunsTask[] = [];
        for (let from = 0; from < count; from += SEARCH_BUILD_SIZES.rangeArticles) {
          const to = Math.min(count, from + SEARCH_BUILD_SIZES.rangeArticles);
          ranges.push({
            kind: 'runs',
            cacheDir: input.cacheDir,
            texts: input.texts.slice(first + from, first + to),
            first: from,
            runPath: join(runsDir, `${name}-${from}`),
            budget: SEARCH_BUILD_SIZES.runBudgetBytes,
          });
        }
        const runs = (await Promise.all(ranges.map(run))).flat();
        const sketch = new Uint8Array(SKETCH_REGISTERS);
        for (const path of runs) sketchUnion(sketch, readRunSketch(path));
        const segment: SearchSegment = { first, count, name, shards: shardCountFor(count, sketchEstimate(sketch), plan.tail) };
        const parts = Math.min(segment.shards, count >= SEARCH_BUILD_SIZES.rangeArticles ? threads * 2 : 1);
        const per = segment.shards / parts;
        const merges: MergeTask[] = Array.from({ length: parts }, (_, p) => ({
          runs,
          name: segment.name,
          shards: segment.shards,
          shardFrom: p * per,
          shardTo: (p + 1) * per,
          dir: input.dir,
        }));
        await Promise.all(merges.map((task) => run({ kind: 'merge', ...task })));
        writeIdPages(segment, input.articles, input.dir);
        return segment;
      }),
    );
    return { idPageSize: SEARCH_BUILD_SIZES.idPageSize, segments };
  } finally {
    failed = true;
    await Promise.allSettled(submitted);
    rmSync(runsDir, { recursive: true, force: true });
  }
}

function writeIdPages(segment: SearchSegment, articles: SearchIndexInput['articles'], dir: string): void {
  const size = SEARCH_BUILD_SIZES.idPageSize;
  for (let first = 0, j = 0; first < segment.count; first += size, j++) {
    const slice = articles.slice(segment.first + first, segment.first + Math.min(segment.count, first + size));
    const page: SearchIdPage = { first, articles: slice.map((a) => [a.id, a.rev] as const) };
    writeFileSync(join(dir, `${searchFileName(segment.name, `i${j}`)}.json`), JSON.stringify(page));
  }
}
