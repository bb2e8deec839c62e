import { describe, expect, it } from 'vitest';

import { beijingDay, formatDayLabel } from './beijing-day';

const seconds = (iso: string) => Date.parse(iso) / 1000;

describe('beijingDay', () => {
  it.each([
    ['late evening UTC is the next day in Beijing', '2022-02-10T16:30:00Z', '2022-02-11T01:00:00Z', true],
    ['just before Beijing midnight', '2022-02-10T15:59:59Z', '2022-02-10T01:00:00Z', true],
    ['across Beijing midnight', '2022-02-10T15:59:59Z', '2022-02-10T16:00:00Z', false],
  ])('%s', (_name, a, b, same) => {
    expect(beijingDay(seconds(a)) === beijingDay(seconds(b))).toBe(same);
  });
});

describe('formatDayLabel', () => {
  const now = new Date('2026-11-29T02:00:00Z'); // 10:00 on 29 Nov in Beijing
  it.each([
    ['today', '2026-11-28T17:00:00Z', '今天'],
    ['yesterday', '2026-11-28T10:00:00Z', '昨天'],
    ['this year', '2026-02-10T12:50:43Z', '2月10日 周二'],
    ['another year', '2022-02-10T12:50:43Z', '2022年2月10日 周四'],
  ])('%s', (_name, iso, label) => {
    expect(formatDayLabel(beijingDay(seconds(iso)), now)).toBe(label);
  });
});
