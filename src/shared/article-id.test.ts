import { describe, expect, it } from 'vitest';

import { articleIdDay, compareArticleKeys, isArticleId } from './article-id';
import { beijingDayOfDate } from './beijing-day';

describe('article ids', () => {
  it.each([
    { id: '20220210-z32ns2p5qzuc', day: Date.UTC(2022, 1, 10) / 86_400_000 },
    { id: '20200101-2e7prjfbzve4', day: Date.UTC(2020, 0, 1) / 86_400_000 },
    { id: '20220230-z32ns2p5qzuc', day: null },
    { id: '2022021-z32ns2p5qzuca', day: null },
    { id: '20220210-Z32NS2P5QZUC', day: null },
    { id: '../index', day: null },
    { id: '', day: null },
  ])('$id → day $day', ({ id, day }) => {
    expect(articleIdDay(id)).toBe(day);
    expect(isArticleId(id)).toBe(day !== null || id === '20220230-z32ns2p5qzuc');
  });

  it('puts an instant on its Beijing calendar day', () => {
    // 2022-02-10 16:30 UTC is 2022-02-11 00:30 in Beijing.
    expect(beijingDayOfDate('2022-02-10T16:30:00.000Z')).toBe(Date.UTC(2022, 1, 11) / 86_400_000);
    expect(beijingDayOfDate('2022-02-10T15:59:59.000Z')).toBe(Date.UTC(2022, 1, 10) / 86_400_000);
  });

  it('orders by date, then id', () => {
    const a = { date: '2022-02-10T00:00:00.000Z', id: 'b' };
    expect(compareArticleKeys(a, { ...a, date: '2022-02-11T00:00:00.000Z' })).toBeLessThan(0);
    expect(compareArticleKeys(a, { ...a, id: 'c' })).toBeLessThan(0);
    expect(compareArticleKeys(a, { ...a })).toBe(0);
  });
});
