/**
 * How many batches of a search's results were loaded, per list, for the visit: coming
 * back from an article loads as many again (from the cache), so the scroll position the
 * router restores finds its row. UI memory like list-memory.ts, not data: the data is in
 * the query cache.
 */
const memory = new Map<string, number>();

export const resultBatches = {
  get(key: string): number {
    return memory.get(key) ?? 1;
  },
  set(key: string, batches: number): void {
    memory.set(key, batches);
  },
};
