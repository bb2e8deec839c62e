import { describe, expect, it } from 'vitest';

import { idOnlySummary, withSummaries, type BookmarkSummaries } from './bookmark-summary';

const data: BookmarkSummaries = { byId: new Map([['a', idOnlySummary('a')]]) };

describe('withSummaries', () => {
  it('adds, replaces and removes', () => {
    const b = idOnlySummary('b');
    const next = withSummaries(
      data,
      new Map([
        ['a', null],
        ['b', b],
      ]),
    );
    expect([...next.byId.keys()]).toEqual(['b']);
    expect(next.byId.get('b')).toBe(b);
    expect(data.byId.has('a')).toBe(true);
  });

  it('gives back the same object when nothing changes, so nothing re-renders', () => {
    expect(withSummaries(data, new Map([['a', data.byId.get('a')!]]))).toBe(data);
    expect(withSummaries(data, new Map([['x', null]]))).toBe(data);
  });

  it('leaves the ids it is told to keep (a write of them is in flight)', () => {
    const next = withSummaries(
      data,
      new Map([
        ['a', null],
        ['b', idOnlySummary('b')],
      ]),
      (id) => id === 'a',
    );
    expect([...next.byId.keys()].sort()).toEqual(['a', 'b']);
  });
});
