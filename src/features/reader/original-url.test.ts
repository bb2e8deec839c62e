import { describe, expect, it } from 'vitest';

import { originalUrlOf } from './original-url';

describe('originalUrlOf', () => {
  it('gives absolute http(s) URLs', () => {
    expect(originalUrlOf({ sourceUrl: 'https://finance.sina.com.cn/a.shtml' })).toBe('https://finance.sina.com.cn/a.shtml');
    expect(originalUrlOf({ sourceUrl: 'http://finance.sina.com.cn/a.shtml?x=1#p' })).toBe('http://finance.sina.com.cn/a.shtml?x=1#p');
  });

  it.each([
    ['absent', undefined],
    ['null', null],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<p>x'],
    ['protocol-relative', '//evil.example/a'],
    ['root-relative', '/articles/x'],
    ['with whitespace', 'https://a.example/ b'],
    ['with a backslash', 'https:\\\\evil.example'],
    ['not a URL', 'https://'],
  ])('refuses %s', (_name, sourceUrl) => {
    expect(originalUrlOf({ sourceUrl })).toBeNull();
  });
});
