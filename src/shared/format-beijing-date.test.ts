import { describe, expect, it } from 'vitest';

import { formatBeijingDate } from './format-beijing-date';

/** Normalizes the space ICU puts between date and time, which differs between ICU versions. */
const normalize = (text: string) => text.replace(/\s+/g, ' ');

describe('formatBeijingDate', () => {
  const now = new Date('2022-06-01T00:00:00Z');

  it.each([
    { name: 'evening in Beijing, same year', iso: '2022-02-10T12:50:43.000Z', expected: '2月10日 20:50' },
    { name: 'crosses midnight into the next Beijing day', iso: '2022-02-10T17:05:00.000Z', expected: '2月11日 01:05' },
    { name: 'another year shows the year', iso: '2021-11-03T01:02:00.000Z', expected: '2021年11月3日 09:02' },
    { name: 'UTC new year eve is already the new Beijing year', iso: '2021-12-31T16:30:00.000Z', expected: '1月1日 00:30' },
    { name: 'not a date is returned as is', iso: 'yesterday', expected: 'yesterday' },
  ])('$name', ({ iso, expected }) => {
    expect(normalize(formatBeijingDate(iso, now))).toBe(expected);
  });

  it('compares years in Beijing time, not UTC', () => {
    // 2022-12-31 17:00 UTC is already 2023 in Beijing.
    const beijingNewYear = new Date('2022-12-31T17:00:00Z');
    expect(normalize(formatBeijingDate('2022-12-31T16:30:00.000Z', beijingNewYear))).toBe('1月1日 00:30');
    expect(normalize(formatBeijingDate('2022-12-31T15:00:00.000Z', beijingNewYear))).toBe('2022年12月31日 23:00');
  });
});
