import { describe, expect, it } from 'vitest';

import { formatDay, listMonths, listSegment, parseDay } from './list-segment';

// 30 rows, newest first: ordinal o falls on day floor(o / 3) (3 articles a day).
const rows = Int32Array.from({ length: 30 }, (_, i) => 29 - i);
const dayOf = (o: number) => Math.floor(o / 3);

describe('listSegment', () => {
  it('shows a short list whole', () => {
    expect(listSegment(rows, dayOf, null, 100)).toEqual({ start: 0, end: 30, newer: undefined, older: undefined });
  });

  it('cuts a long list at a day boundary and links the next segment by its day', () => {
    // 10 rows at most: rows 0–8 are days 9, 8, 7; row 9 would split day 6.
    expect(listSegment(rows, dayOf, null, 10)).toEqual({ start: 0, end: 9, newer: undefined, older: 6 });
  });

  it('starts at the newest article of the `from` day and links back up', () => {
    const segment = listSegment(rows, dayOf, 6, 10);
    expect(segment.start).toBe(9);
    expect(dayOf(rows[segment.start]!)).toBe(6);
    expect(segment.newer).toBe(null);
    expect(segment.older).toBe(3);
  });

  it('cuts mid-day when one day is longer than half a segment', () => {
    const oneDay = Int32Array.from({ length: 30 }, (_, i) => 29 - i);
    expect(listSegment(oneDay, () => 1, null, 10)).toMatchObject({ start: 0, end: 10, older: 1 });
  });

  it('clamps a `from` older than the list to its last row', () => {
    expect(listSegment(rows, dayOf, -5, 10).start).toBe(29);
  });
});

describe('days in URLs', () => {
  it.each([
    { text: '2022-02-10', day: Date.UTC(2022, 1, 10) / 86_400_000 },
    { text: '2022-02-30', day: null },
    { text: '20220210', day: null },
    { text: null, day: null },
  ])('$text ↔ $day', ({ text, day }) => {
    expect(parseDay(text)).toBe(day);
    if (day !== null) expect(formatDay(day)).toBe(text);
  });

  it('lists the months of a list, newest first, with the day each starts at', () => {
    const feb = Date.UTC(2022, 1, 27) / 86_400_000;
    const days = [feb + 3, feb + 2, feb + 1, feb, feb - 1];
    const list = Int32Array.from(days.keys());
    expect(listMonths(list, (i) => days[i]!)).toEqual([
      { month: '2022-03', from: feb + 3 },
      { month: '2022-02', from: feb + 1 },
    ]);
  });
});
