/**
 * A worker task module for process-all.test.ts: it processes nothing, it takes as long as
 * a post's name says ("slow-…" never ends) and reports each post as done, so the test can
 * watch the real pool, watchdog and restarts without depending on how fast a real post is.
 */
import type { ProcessedFile, ProcessTask } from './process-posts';

export default function slowPosts(task: ProcessTask): ProcessedFile[] {
  const progress = task.progress ? new Int32Array(task.progress) : null;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  return task.paths.map((path, i) => {
    if (progress) Atomics.store(progress, 0, i);
    if (path.includes('slow-')) Atomics.wait(sleeper, 0, 0, 60_000);
    return { seen: null, post: { ok: false, reason: `processed ${path}` } };
  });
}
