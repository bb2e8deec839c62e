import { describe, expect, it } from 'vitest';

import { currentFailureIndex, type WriteFacts } from './bookmark-writes';

const save = (id: string, status: WriteFacts['status'], at: number): WriteFacts => ({
  status,
  at,
  action: 'save',
  id,
  ids: [id],
  problem: status === 'error' ? 'quota' : null,
});
const merge = (ids: string[], status: WriteFacts['status'], at: number): WriteFacts => ({
  status,
  at,
  action: 'import',
  id: null,
  ids,
  problem: status === 'error' ? 'quota' : null,
});

describe('the failure a reader is told about', () => {
  it.each<[string, WriteFacts[], number]>([
    ['none when every write succeeded', [save('a', 'success', 1), save('b', 'success', 2)], -1],
    ['the failed write', [save('a', 'success', 1), save('b', 'error', 2)], 1],
    ['the last of several failures', [save('a', 'error', 1), save('b', 'error', 2)], 1],
    ['none once the same article was written since', [save('a', 'error', 1), save('a', 'success', 2)], -1],
    ['still there when another article was written since', [save('a', 'error', 1), save('b', 'success', 2)], 0],
    ['still there while a later write of it is in flight', [save('a', 'error', 1), save('a', 'pending', 2)], 0],
    ['a failed import goes with any later success', [merge(['a', 'b'], 'error', 1), save('c', 'success', 2)], -1],
    ['a failed save goes with an import that wrote it', [save('a', 'error', 1), merge(['a', 'b'], 'success', 2)], -1],
    ['an older failure does not come back when the newer one is cleared', [save('a', 'error', 1), save('b', 'error', 2), save('b', 'success', 3)], -1],
  ])('%s', (_name, writes, expected) => {
    expect(currentFailureIndex(writes)).toBe(expected);
  });
});
