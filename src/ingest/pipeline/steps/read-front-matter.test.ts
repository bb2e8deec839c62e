import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './read-front-matter';

describe('readFrontMatter', () => {
  it('keeps an unquoted Hexo date as the string written, not a UTC Date', () => {
    const result = readFrontMatter('title: a\ndate: 2022-02-10 20:50:43', 2);
    expect(result).toMatchObject({ ok: true, value: { date: '2022-02-10 20:50:43' } });
  });

  it.each([
    ["'' escapes in single quotes", "title: 'It''s 两区'\ndate: x", "It's 两区"],
    ['a numeric title', 'title: 2022\ndate: x', '2022'],
    ['double quotes with escapes', 'title: "A\\"B"\ndate: x', 'A"B'],
  ])('reads titles: %s', (_name, yaml, title) => {
    expect(readFrontMatter(yaml, 2)).toMatchObject({ ok: true, value: { title } });
  });

  it('reads optional fields and leaves absent ones null', () => {
    const result = readFrontMatter("title: t\ndate: d\nauthor: 新浪财经\nheadimg: ''\ncomments: false", 2);
    expect(result).toEqual({
      ok: true,
      value: { title: 't', date: 'd', categories: null, author: '新浪财经', headimg: null, thumbnail: null, sourceLinks: [] },
    });
  });

  it.each([
    ['link, source and url, in that order', 'link: L\nurl: U\nsource: S', ['L', 'S', 'U']],
    ['trimmed, blank ones left out', "link: '  '\nurl: ' https://a.cn/x '", ['https://a.cn/x']],
    ['a non-text value is left out', 'source: [a, b]\nurl: u', ['u']],
  ])('reads the source links: %s', (_name, fields, sourceLinks) => {
    expect(readFrontMatter(`title: t\ndate: d\n${fields}`, 2)).toMatchObject({ ok: true, value: { sourceLinks } });
  });

  it.each([
    ['broken YAML names the file line', "title: 'open\ndate: x", 5, /^broken YAML at line \d+: /],
    ['a list is not a mapping', '- a\n- b', 2, /not a set of "key: value" fields/],
    ['a scalar is not a mapping', 'just text', 2, /not a set of "key: value" fields/],
    ['missing title', 'date: x', 2, /missing title/],
    ['blank title', "title: '  '\ndate: x", 2, /missing title/],
    ['a title that is a list', 'title: [a]\ndate: x', 2, /missing title/],
    ['missing date', 'title: t', 2, /missing date/],
  ])('rejects %s', (_name, yaml, line, reason) => {
    const result = readFrontMatter(yaml, line);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('reports the YAML error at the line of the file', () => {
    // The YAML starts on line 3 of the file; the bad indentation is its line 2.
    const result = readFrontMatter('title: t\n  - bad: [', 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/line [45]/);
  });
});

describe('readFrontMatter on hostile front matter', () => {
  it('refuses front matter over 64 KB, and YAML nested past the parser’s bound, with a reason', () => {
    const deep = `title: x\ndate: 2024-01-01\ncategories: ${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(readFrontMatter(deep, 2)).toEqual({ ok: false, reason: 'front matter too large (100038 characters; at most 65536)' });
    const nested = `title: x\ndate: 2024-01-01\ncategories: ${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    expect(readFrontMatter(nested, 2)).toEqual({ ok: false, reason: 'broken YAML at line 4: nesting exceeded maxDepth (100)' });
  });
});
