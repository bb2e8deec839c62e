import { processPosts, type ProcessedFile, type ProcessTask } from './process-posts';
import { writeArticles, type ArticlesTask } from './write-articles';
import { mergeRuns } from '../bundle/search/merge-runs';
import { buildRuns, type SearchTask } from './search-tasks';

/** Every task the ingest hands its worker threads (src/ingest/run/worker-pool.ts). */
export type IngestTask = ProcessTask | ArticlesTask | SearchTask;

/** What each kind of task gives back. */
export interface TaskResults {
  readonly process: ProcessedFile[];
  readonly articles: null;
  readonly runs: string[];
  readonly merge: null;
}

/** The worker threads' handler: one task, in this thread. */
export default function runIngestTask(task: IngestTask): TaskResults[IngestTask['kind']] {
  switch (task.kind) {
    case 'process':
      return processPosts(task);
    case 'articles':
      writeArticles(task);
      return null;
    case 'runs':
      return buildRuns(task);
    case 'merge':
      mergeRuns(task);
      return null;
  }
}
