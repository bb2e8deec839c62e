import { writeFileSync } from 'node:fs';

import { mergeRuns, type MergeTask } from './merge-runs';
import { RunBuilder } from './run-builder';
import { openTextStoreReader, type TextRef } from './text-store';

/** Articles of one segment, consecutive, to index into runs. */
export interface RunsTask {
  readonly kind: 'runs';
  /** The text store and each article's text in it, in ordinal order. */
  readonly store: string;
  readonly texts: readonly TextRef[];
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
  const reader = openTextStoreReader(task.store);
  const builder = new RunBuilder();
  const runs: string[] = [];
  const flush = () => {
    const path = `${task.runPath}-${runs.length}.run`;
    writeFileSync(path, builder.flush());
    runs.push(path);
  };
  try {
    task.texts.forEach((ref, i) => {
      const { text, title } = reader.read(ref);
      builder.add(task.first + i, text, title);
      if (builder.bytes >= task.budget) flush();
    });
    if (!builder.isEmpty) flush();
  } finally {
    reader.close();
  }
  return runs;
}

/** The worker's handler (src/ingest/worker-pool.ts): one search task. */
export default function runSearchTask(task: SearchTask): string[] {
  if (task.kind === 'runs') return buildRuns(task);
  mergeRuns(task);
  return [];
}
