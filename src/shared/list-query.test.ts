import { describe, expect, it } from 'vitest';
import { parseListQuery, withListQuery } from './list-query';

describe('parseListQuery', () => {
  it.each([
    ['none', '', { text: '', newest: false }],
    ['a query', '?q=%E7%BB%BF%E8%89%B2%E9%87%91%E8%9E%8D', { text: '绿色金融', newest: false }],
    ['newest first', '?q=abc&sort=newest', { text: 'abc', newest: true }],
    ['no sort without a query', '?sort=newest', { text: '', newest: false }],
    ['control characters and NUL are spaces, then trimmed', '?q=%00%E8%8C%85%E5%8F%B0%0A', { text: '茅台', newest: false }],
  ])('%s', (_name, search, expected) => {
    expect(parseListQuery(search)).toEqual(expected);
  });

  it('bounds the length', () => {
    expect(parseListQuery(`?q=${'字'.repeat(5000)}`).text.length).toBe(200);
  });
});

describe('withListQuery', () => {
  it('keeps the filters and round-trips', () => {
    const search = withListQuery('?category=%E9%87%91%E8%9E%8D', { text: '北交所 绿色', newest: true });
    expect(new URLSearchParams(search).get('category')).toBe('金融');
    expect(parseListQuery(search)).toEqual({ text: '北交所 绿色', newest: true });
    expect(withListQuery('?stock=sz000931', { text: '', newest: false })).toBe('?stock=sz000931');
  });
});
