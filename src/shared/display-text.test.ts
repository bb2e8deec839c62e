import { describe, expect, it } from 'vitest';

import { clampText, displayText, withoutBidiControls } from './display-text';

describe('displayText', () => {
  it.each([
    ['an RLO that would reverse what follows', '股价\u202e涨停', '股价涨停'],
    ['isolates and marks', '\u2066a\u2069\u200e\u200f\u061c', 'a'],
    ['zero-width characters', '贵\u200b州\u200c茅\u200d台\u2060\ufeff', '贵州茅台'],
    ['soft hyphen and Mongolian vowel separator', 'a\u00adb\u180ec', 'abc'],
    ['controls and NUL', 'a\u0000b\u0007c\u009fd', 'abcd'],
    ['whitespace of every kind collapses', ' 新浪\u3000\u00a0财经\n\t', '新浪 财经'],
    ['plain text stays', '中关村 · 000931.SZ', '中关村 · 000931.SZ'],
  ])('%s', (_name, input, expected) => {
    expect(displayText(input)).toBe(expected);
  });

  it('keeps body text but its bidi controls', () => {
    expect(withoutBidiControls('a\u202eb\u200bc')).toBe('ab\u200bc');
  });

  it('cuts without splitting a surrogate pair', () => {
    expect(clampText('ab😀cd', 4)).toBe('ab…');
    expect(clampText('abcdef', 4)).toBe('abc…');
    expect(clampText('abc', 4)).toBe('abc');
  });
});
