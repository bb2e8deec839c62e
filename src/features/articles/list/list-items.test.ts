import { describe, expect, it } from 'vitest';

import { buildListItems, positionForRow } from './list-items';

// Rows newest first; ordinal o falls on day floor(o / 2).
const rows = Int32Array.from([9, 8, 7, 5, 4]);
const dayOf = (o: number) => Math.floor(o / 2);

describe('buildListItems', () => {
  it('puts a heading before each day', () => {
    expect(buildListItems(rows, dayOf, 0, rows.length)).toEqual([
      { kind: 'day', day: 4 },
      { kind: 'article', row: 9 },
      { kind: 'article', row: 8 },
      { kind: 'day', day: 3 },
      { kind: 'article', row: 7 },
      { kind: 'day', day: 2 },
      { kind: 'article', row: 5 },
      { kind: 'article', row: 4 },
    ]);
  });

  it('builds a segment only', () => {
    expect(buildListItems(rows, dayOf, 2, 4)).toEqual([
      { kind: 'day', day: 3 },
      { kind: 'article', row: 7 },
      { kind: 'day', day: 2 },
      { kind: 'article', row: 5 },
    ]);
  });
});

describe('positionForRow', () => {
  const items = buildListItems(rows, dayOf, 0, rows.length);

  it('finds the article opened', () => {
    expect(positionForRow(items, 7)).toBe(4);
    expect(positionForRow(items, 9)).toBe(1);
  });

  it('falls to the one now in its place, below it, when the list no longer shows it', () => {
    expect(positionForRow(items, 6)).toBe(6); // row 5, across a day heading
    expect(positionForRow(items, 10)).toBe(1);
  });

  it('gives up below the last article', () => {
    expect(positionForRow(items, 3)).toBe(-1);
    expect(positionForRow([], 3)).toBe(-1);
  });
});
