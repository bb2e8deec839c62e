import { writeFileSync } from 'node:fs';

import type { MergeTask } from '../bundle/search/merge-runs';
import { RunBuilder } from '../bundle/search/run-builder';
import { PackReader, type PackRef } from './cache/post-cache';

/** Articles of one segment, consecutive, to index into runs. */
export interface RunsTask {
  readonly kind: 'runs';
  /** The cache, and where each article's text is in its packs, in ordinal order. */
  readonly cacheDir: string;
  readonly texts: readonly PackRef[];
  /** Segment-relative ordinal of texts[0]. */
  readonly first: number;
  /** Run files are `${runPath}-<n>.run`. */
  readonly runPath: string;
  /** Log bytes at which a run is flushed: what one task holds at most. */
  readonly budget: number;
}

export type SearchTask = RunsTask | ({ readonly kind: 'merge' } & MergeTask);

/** Indexes a task's articles into one run or more; returns their paths in ordinal order. */
export function buildRuns(task: RunsTask): string[] {
  const reader = new PackReader(task.cacheDir);
  const builder = new RunBuilder();
  const runs: string[] = [];
  const flush = () => {
    const path = `${task.runPath}-${runs.length}.run`;
    writeFileSync(path, builder.flush());
    runs.push(path);
  };
  try {
    task.texts.forEach((ref, i) => {
      const { text, title } = reader.searchText(ref);
      builder.add(task.first + i, text, title);
      if (builder.bytes >= task.budget) flush();
    });
    if (!builder.isEmpty) flush();
  } finally {
    reader.close();
  }
  return runs;
}
