import { describe, expect, it } from 'vitest';

import { allOrdinals, concatOrdinals, intersectOrdinals, ordinalsUpTo, sortedOrdinals, subtractOrdinals, unionOrdinals } from './ordinal-sets';

const list = (...values: number[]) => Int32Array.from(values);
const plain = (values: Int32Array) => Array.from(values);

describe('ordinal sets', () => {
  it.each([
    { name: 'no lists', lists: [], expected: [] },
    { name: 'one list', lists: [[1, 4]], expected: [1, 4] },
    {
      name: 'overlapping',
      lists: [
        [1, 3, 5],
        [2, 3, 6],
      ],
      expected: [1, 2, 3, 5, 6],
    },
    { name: 'three with an empty one', lists: [[9], [], [0, 9, 10]], expected: [0, 9, 10] },
  ])('union of $name', ({ lists, expected }) => {
    expect(plain(unionOrdinals(lists.map((l) => list(...l))))).toEqual(expected);
  });

  it.each([
    { a: [1, 2, 3, 8], b: [2, 8, 9], both: [2, 8], only: [1, 3] },
    { a: [], b: [1], both: [], only: [] },
    { a: [5, 6], b: [], both: [], only: [5, 6] },
    { a: [1, 2], b: [3, 4], both: [], only: [1, 2] },
  ])('intersect and subtract $a and $b', ({ a, b, both, only }) => {
    expect(plain(intersectOrdinals(list(...a), list(...b)))).toEqual(both);
    expect(plain(subtractOrdinals(list(...a), list(...b)))).toEqual(only);
  });

  it('cuts a list at an ordinal, inclusive', () => {
    expect(plain(ordinalsUpTo(list(1, 4, 7, 9), 7))).toEqual([1, 4, 7]);
    expect(plain(ordinalsUpTo(list(1, 4), 0))).toEqual([]);
    expect(plain(ordinalsUpTo(list(1, 4), 99))).toEqual([1, 4]);
  });

  it('sorts and dedupes, and lists the whole corpus', () => {
    expect(plain(sortedOrdinals([5, 1, 5, 3]))).toEqual([1, 3, 5]);
    expect(plain(allOrdinals(4))).toEqual([0, 1, 2, 3]);
  });
});

describe('concatOrdinals', () => {
  it.each([
    { name: 'no lists', parts: [], expected: [] },
    { name: 'one list, as it is', parts: [[3, 1]], expected: [3, 1] },
    { name: 'tiers in the order given, unsorted, duplicates kept', parts: [[9, 2], [], [5, 2]], expected: [9, 2, 5, 2] },
  ])('$name', ({ parts, expected }) => {
    expect(plain(concatOrdinals(parts.map((p) => list(...p))))).toEqual(expected);
  });
});
