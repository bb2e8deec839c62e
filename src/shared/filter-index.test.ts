import { describe, expect, it } from 'vitest';

import type { ArticleIndex } from './bundle-types';
import { categoryCounts, filterRows, stockMentions } from './filter-index';

// Five articles, newest first.
const index: ArticleIndex = {
  ids: ['a', 'b', 'c', 'd', 'e'],
  dates: [5, 4, 3, 2, 1],
  categoryPaths: ['金融/新浪财经/国內', '金融/新浪财经/港股', '科技/36氪', '快讯'],
  categories: [[0], [1], [2], [0, 2], [3]],
  stockCodes: ['sz000931', 'hk00700', 'sh600519'],
  stocks: [[0], [1, 0], [], [2, 0], [1]],
};

const rows = (categories: string[], stock: string | null = null) => [...filterRows(index, { categories, stock, unread: false })];

describe('filterRows', () => {
  it.each([
    ['no filter keeps all, in order', [], null, [0, 1, 2, 3, 4]],
    ['a leaf', ['金融/新浪财经/港股'], null, [1]],
    ['a node includes its descendants', ['金融'], null, [0, 1, 3]],
    ['several nodes combine (OR)', ['金融/新浪财经/港股', '快讯'], null, [1, 4]],
    ['a stock', [], 'sz000931', [0, 1, 3]],
    ['category AND stock', ['科技'], 'sz000931', [3]],
    ['an unknown stock selects nothing', [], 'sz999999', []],
    ['an unknown category selects nothing', ['体育'], null, []],
    ['a name prefix is not a parent', ['金'], null, []],
  ])('%s', (_name, categories, stock, expected) => {
    expect(rows(categories, stock)).toEqual(expected);
  });
});

describe('the unread filter', () => {
  const read = new Set(['a', 'd']);
  it('drops read articles, with the other filters', () => {
    expect([...filterRows(index, { categories: [], stock: null, unread: true }, read)]).toEqual([1, 2, 4]);
    expect([...filterRows(index, { categories: ['金融'], stock: null, unread: true }, read)]).toEqual([1]);
  });
  it('keeps everything when nothing is read, or when the filter is off', () => {
    expect([...filterRows(index, { categories: [], stock: null, unread: true })]).toEqual([0, 1, 2, 3, 4]);
    expect([...filterRows(index, { categories: [], stock: null, unread: false }, read)]).toEqual([0, 1, 2, 3, 4]);
  });
  it('counts categories among unread articles only', () => {
    expect(categoryCounts(index, { categories: [], stock: null, unread: true }, read).get('金融')).toBe(1);
  });
});

describe('categoryCounts', () => {
  it('counts every node, an article filed twice under one node once', () => {
    const counts = categoryCounts(index, { categories: [], stock: null, unread: false });
    expect(Object.fromEntries(counts)).toEqual({
      金融: 3,
      '金融/新浪财经': 3,
      '金融/新浪财经/国內': 2,
      '金融/新浪财经/港股': 1,
      科技: 2,
      '科技/36氪': 2,
      快讯: 1,
    });
  });

  it('reflects the other filters but not the category filter itself (faceted)', () => {
    const counts = categoryCounts(index, { categories: ['科技'], stock: 'sz000931', unread: false });
    expect(counts.get('金融')).toBe(3);
    expect(counts.get('科技')).toBe(1);
    expect(counts.get('快讯')).toBe(0);
  });
});

describe('stockMentions', () => {
  it('counts mentions in the given rows, most first', () => {
    expect(stockMentions(index, filterRows(index, { categories: [], stock: 'sz000931', unread: false }))).toEqual([
      ['sz000931', 3],
      ['hk00700', 1],
      ['sh600519', 1],
    ]);
  });
});
