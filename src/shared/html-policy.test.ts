import { describe, expect, it } from 'vitest';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, canonicalUrl, cleanAttributeText, isSafeUrl } from './html-policy';

describe('isSafeUrl', () => {
  it.each(['https://n.sinaimg.cn/a.jpg', 'http://finance.sina.com.cn/x?a=1&b=2', '/images/posts/chart.svg', '/'])('allows %s', (url) => {
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
    'HTTPS://EXAMPLE.COM/',
    'https://例子.中国/',
    'https://example.com/路径',
    'https://user:pw@example.com/',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['an https URL as it is', 'https://n.sinaimg.cn/a.jpg', 'image', 'https://n.sinaimg.cn/a.jpg'],
    ['scheme and host in lower case', 'HTTPS://N.SinaImg.cn/A.jpg', 'image', 'https://n.sinaimg.cn/A.jpg'],
    ['a host in punycode', 'https://例子.中国/', 'link', 'https://xn--fsqu00a.xn--fiqs8s/'],
    ['full-width letters fold', 'https://ｅｘａｍｐｌｅ.com/', 'link', 'https://example.com/'],
    ['a non-ASCII path percent-encoded', 'https://a.cn/路径?q=值', 'link', 'https://a.cn/%E8%B7%AF%E5%BE%84?q=%E5%80%BC'],
    ['dot segments resolved', '/images/../a.png', 'image', '/a.png'],
    ['a root-relative path encoded', '/图片/a.png', 'image', '/%E5%9B%BE%E7%89%87/a.png'],
    ['an http link kept', 'http://finance.sina.com.cn/', 'link', 'http://finance.sina.com.cn/'],
    ['an http image refused (mixed content)', 'http://n.sinaimg.cn/a.jpg', 'image', null],
    ['credentials refused', 'https://bank.example@evil.example/', 'link', null],
    ['javascript: refused', 'javascript:alert(1)', 'link', null],
    ['protocol-relative refused', '//evil.example/a.png', 'image', null],
    ['too long refused', `https://a.cn/${'x'.repeat(3000)}`, 'link', null],
  ] as const)('%s', (_name, raw, use, expected) => {
    expect(canonicalUrl(raw, use)).toBe(expected);
    if (expected !== null) expect(canonicalUrl(expected, use)).toBe(expected);
  });
});

describe('cleanAttributeText', () => {
  it('drops hidden characters and angle brackets, so no value breaks out of its attribute', () => {
    expect(cleanAttributeText(' 走势‮图 --> </style> ')).toBe('走势图 -- /style');
  });
});

describe('the allow-list', () => {
  it('lets no post write data-reader-control, the mark of the reader’s own controls', () => {
    for (const attributes of Object.values(ALLOWED_ATTRIBUTES)) expect(attributes).not.toContain('data-reader-control');
    expect(ALLOWED_TAGS).not.toContain('button');
  });
});
