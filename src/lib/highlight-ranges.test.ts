import { describe, expect, it } from 'vitest';
import { highlightParts, highlightRanges, snippetAround } from './highlight-ranges';

describe('highlightRanges', () => {
  it.each([
    ['a word inside a longer one', '贵州茅台发布公告', ['茅台'], [[2, 4]]],
    [
      'every occurrence',
      '茅台与茅台酒',
      ['茅台'],
      [
        [0, 2],
        [3, 5],
      ],
    ],
    ['full-width and upper case as written', 'ＳＨ600519 公告', ['sh600519'], [[0, 8]]],
    ['overlapping terms merge', '中关村科技', ['中关村', '村科'], [[0, 4]]],
    ['a character outside the BMP stays whole', '𠀀茅台', ['茅台'], [[2, 4]]],
    ['no terms', '茅台', [], []],
  ])('%s', (_name, raw, terms, expected) => {
    expect(highlightRanges(raw, terms)).toEqual(expected);
  });

  it('cuts text into parts that join back to it', () => {
    const parts = highlightParts('北交所与绿色金融', ['北交所', '绿色']);
    expect(parts).toEqual([
      { text: '北交所', match: true },
      { text: '与', match: false },
      { text: '绿色', match: true },
      { text: '金融', match: false },
    ]);
  });
});

describe('snippetAround', () => {
  it('shows the first match with text on both sides', () => {
    const text = `${'前'.repeat(200)}知识产权${'后'.repeat(200)}`;
    const snippet = snippetAround(text, ['知识产权'], 60);
    expect(snippet).toContain('知识产权');
    expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(62);
    // Early enough to be on the first of two clamped lines on a phone.
    expect(snippet.indexOf('知识产权')).toBeLessThanOrEqual(13);
  });

  it('starts at the beginning when the body has no match', () => {
    expect(snippetAround('开头的文字', ['无'])).toBe('开头的文字');
  });
});
