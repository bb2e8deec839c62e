import { describe, expect, it } from 'vitest';
import { pickSourceUrl } from './pick-source-url';

describe('pickSourceUrl', () => {
  it.each([
    ['https', ['https://finance.sina.com.cn/a.shtml'], 'https://finance.sina.com.cn/a.shtml'],
    ['http stays as written', ['http://finance.sina.com.cn/a.shtml'], 'http://finance.sina.com.cn/a.shtml'],
    ['upper-case scheme, canonical', ['HTTPS://Finance.Sina.com.cn/a'], 'https://finance.sina.com.cn/a'],
    ['a host in punycode', ['https://新浪.中国/a'], 'https://xn--efvx5o.xn--fiqs8s/a'],
    ['full-width look-alikes folded', ['https://ｅｘａｍｐｌｅ.com/'], 'https://example.com/'],
    ['a non-ASCII path percent-encoded', ['https://a.cn/财经'], 'https://a.cn/%E8%B4%A2%E7%BB%8F'],
    ['the first usable one wins', ['新浪财经', 'https://b.cn/', 'https://c.cn/'], 'https://b.cn/'],
    ['with a query and a fragment', ['https://a.cn/x?y=1#z'], 'https://a.cn/x?y=1#z'],
  ])('takes %s', (_name, links, url) => {
    expect(pickSourceUrl(links)).toEqual({ url, warning: null });
  });

  it('is null without a warning when the post names no link', () => {
    expect(pickSourceUrl([])).toEqual({ url: null, warning: null });
  });

  it.each([
    ['javascript:', ['javascript:alert(1)']],
    ['data:', ['data:text/html,<b>x</b>']],
    ['a root-relative path', ['/2025/11/06/post/']],
    ['protocol-relative', ['//finance.sina.com.cn/a']],
    ['a name, not a URL', ['新浪财经']],
    ['a space inside', ['https://a.cn/x y']],
    ['no host', ['https://']],
    ['a backslash', ['https:\\\\a.cn']],
    ['credentials before the host', ['https://bank.example@evil.example/']],
  ])('drops %s with a warning naming it', (_name, links) => {
    const result = pickSourceUrl(links);
    expect(result.url).toBeNull();
    expect(result.warning).toBe(`source link dropped: not an http(s) URL ${links[0]}`);
  });

  it('shortens a long value in the warning', () => {
    expect(pickSourceUrl([`ftp://${'x'.repeat(100)}`]).warning).toMatch(/^source link dropped: not an http\(s\) URL ftp:\/\/x+…$/);
  });
});
