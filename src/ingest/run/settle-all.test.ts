import { describe, expect, it } from 'vitest';

import { settleAll } from './settle-all';

const later = <T>(ms: number, value: T, fail = false) => new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(value) : resolve(value)), ms));

describe('settleAll', () => {
  it('gives the values in order when all succeed', async () => {
    expect(await settleAll([later(20, 'a'), later(5, 'b')])).toEqual(['a', 'b']);
  });

  it('throws the first failure in time, only once every task has settled', async () => {
    let slowDone = false;
    const slow = later(40, 'slow').then((v) => ((slowDone = true), v));
    const error = await settleAll([later(30, 'second', true), slow, later(5, 'first', true)]).catch((e: unknown) => e);
    expect(error).toBe('first');
    expect(slowDone).toBe(true);
  });
});
