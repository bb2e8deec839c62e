import { describe, expect, it } from 'vitest';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, isSafeUrl } from './html-policy';

describe('isSafeUrl', () => {
  it.each([
    'https://n.sinaimg.cn/a.jpg',
    'http://finance.sina.com.cn/x?a=1&b=2',
    'HTTPS://EXAMPLE.COM/',
    '/images/posts/chart.svg',
    '/',
  ])('allows %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    '//evil.example/x.png',
    '/\\evil.example/x.png',
    'https://evil.example/\u0000x',
    'java\tscript:alert(1)',
    ' https://leading-space.example/',
    'relative/path.png',
    'ftp://example.com/x',
    '',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('the allow-list', () => {
  it('lets no post write data-reader-control, the mark of the reader’s own controls', () => {
    for (const attributes of Object.values(ALLOWED_ATTRIBUTES)) expect(attributes).not.toContain('data-reader-control');
    expect(ALLOWED_TAGS).not.toContain('button');
  });
});
