import { describe, expect, it } from 'vitest';
import { buildTimeline } from './build-timeline';

const at = (...dates: string[]) => dates.map((date) => ({ date }));
// 2022-02-10 in Beijing is day 19033 (2022-02-10T00:00:00Z is 19033 days after the epoch).
const FEB_10 = 19033;

describe('buildTimeline', () => {
  it.each([
    { name: 'no articles', input: at(), days: [] },
    { name: 'one article', input: at('2022-02-10T12:50:43.000Z'), days: [FEB_10, 1] },
    {
      name: 'days by Beijing time: 16:00 UTC is the next day',
      input: at('2022-02-10T15:59:59.999Z', '2022-02-10T16:00:00.000Z', '2022-02-11T01:00:00.000Z'),
      days: [FEB_10, 1, FEB_10 + 1, 2],
    },
    {
      name: 'days without articles are left out',
      input: at('2022-02-09T16:00:00.000Z', '2022-02-09T17:00:00.000Z', '2022-02-15T00:00:00.000Z'),
      days: [FEB_10, 2, FEB_10 + 5, 1],
    },
    { name: 'before the epoch', input: at('1969-12-31T15:59:59.000Z', '1969-12-31T16:00:00.000Z'), days: [-1, 1, 0, 1] },
  ])('$name', ({ input, days }) => {
    expect(buildTimeline(input, ['h0'])).toEqual({ pages: ['h0'], days });
  });

  it('refuses articles out of date order', () => {
    expect(() => buildTimeline(at('2022-02-11T00:00:00.000Z', '2022-02-10T00:00:00.000Z'), [])).toThrow(/out of order/);
  });
});
