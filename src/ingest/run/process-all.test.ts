import { afterEach, describe, expect, it } from 'vitest';

import { createWorkerPool } from './worker-pool';
import { processAll } from './process-all';

let pool: ReturnType<typeof createWorkerPool> | null = null;
afterEach(async () => {
  await pool?.destroy();
  pool = null;
});

describe('processAll', () => {
  it('stops a post past the deadline with its thread, reports it, and processes every other post once', async () => {
    pool = createWorkerPool(2, new URL('./slow-posts-worker.test-task.ts', import.meta.url));
    const paths = Array.from({ length: 250 }, (_, i) => (i === 7 || i === 180 ? `/posts/slow-${i}.md` : `/posts/${i}.md`));
    const done: number[] = [];
    const started = performance.now();
    const out = await processAll(paths, { pool, cacheDir: '/nowhere', packPrefix: 'p', deadlineMs: 500, onDone: (n) => done.push(n) });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(out.map((r) => (r.post.ok ? '' : r.post.reason))).toEqual(
      paths.map((path) => (path.includes('slow-') ? 'took longer than 0.5 s to process; stopped' : `processed ${path}`)),
    );
    expect(done.at(-1)).toBe(250);
  });
});
