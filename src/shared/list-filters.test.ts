import { describe, expect, it } from 'vitest';

import { FILTER_LIMITS, listFiltersToSearch, parseListFilters, toggleCategory } from './list-filters';

describe('parseListFilters and listFiltersToSearch', () => {
  it.each([
    ['nothing', '', { categories: [], stock: null, unread: false }, ''],
    ['unread only', '?unread=1', { categories: [], stock: null, unread: true }, '?unread=1'],
    ['unread other than 1 is off', '?unread=yes', { categories: [], stock: null, unread: false }, ''],
    [
      'one category',
      '?category=金融/新浪财经',
      { categories: ['金融/新浪财经'], stock: null, unread: false },
      '?category=%E9%87%91%E8%9E%8D%2F%E6%96%B0%E6%B5%AA%E8%B4%A2%E7%BB%8F',
    ],
    ['several, sorted', '?category=科技&category=金融', { categories: ['科技', '金融'].sort(), stock: null, unread: false }, null],
    ['a descendant of a chosen node adds nothing', '?category=金融/新浪财经&category=金融', { categories: ['金融'], stock: null, unread: false }, null],
    ['duplicates once', '?category=金融&category=金融', { categories: ['金融'], stock: null, unread: false }, null],
    ['stray slashes and spaces', '?category=/金融// 新浪财经 /', { categories: ['金融/新浪财经'], stock: null, unread: false }, null],
    ['a stock, any case', '?stock=SZ000931', { categories: [], stock: 'sz000931', unread: false }, '?stock=sz000931'],
    ['a malformed stock is dropped', '?stock=%3Cscript%3E', { categories: [], stock: null, unread: false }, ''],
    ['unknown parameters are ignored', '?utm_source=x&category=金融', { categories: ['金融'], stock: null, unread: false }, null],
  ])('%s', (_name, search, filters, canonical) => {
    const parsed = parseListFilters(search);
    expect(parsed).toEqual(filters);
    const serialized = listFiltersToSearch(parsed);
    if (canonical !== null) expect(serialized).toBe(canonical);
    // Serializing is canonical: parsing it again gives the same filters.
    expect(parseListFilters(serialized)).toEqual(filters);
  });

  it('bounds what a crafted URL can ask for', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `category=c${i}`).join('&');
    const parsed = parseListFilters(`?${many}`);
    expect(parsed.categories).toHaveLength(FILTER_LIMITS.categories);
    expect(parseListFilters(`?category=${'x/'.repeat(20)}`).categories).toEqual([]);
    expect(parseListFilters(`?category=${'长'.repeat(300)}`).categories).toEqual([]);
  });

  it.each([
    ['NUL', '?category=%00金融', '金融'],
    ['a right-to-left override', '?category=%E2%80%AE金融', '金融'],
    ['a zero-width space', '?category=金%E2%80%8B融', '金融'],
  ])('strips %s from a category', (_name, search, expected) => {
    expect(parseListFilters(search).categories).toEqual([expected]);
  });

  it('toggles a category on and off', () => {
    const on = toggleCategory({ categories: [], stock: 'sh600519', unread: false }, '金融');
    expect(on).toEqual({ categories: ['金融'], stock: 'sh600519', unread: false });
    expect(toggleCategory(on, '金融')).toEqual({ categories: [], stock: 'sh600519', unread: false });
  });
});
