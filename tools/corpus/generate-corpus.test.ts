import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { generateCorpus, type CorpusPost } from './generate-corpus';

// The corpus is a benchmark input, so the tests pin what a benchmark relies on:
// reproducibility, the file layout, well-formed front matter, and the mix of
// features (and of deliberate errors) the ingest is meant to be exercised with.

const generate = (count: number, seed?: number): CorpusPost[] => [...generateCorpus({ count, seed })];

interface Parsed {
  readonly post: CorpusPost;
  /** Raw front matter lines, or null when the post has none. */
  readonly rawFrontMatter: string | null;
  /** The YAML as parsed, or null when absent or broken. */
  readonly data: Record<string, unknown> | null;
  readonly body: string;
  readonly rawDate: string | null;
  readonly rawTitle: string | null;
}

const FENCED = /^\n---\n([\s\S]*?)\n---\n\n/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(post: CorpusPost): Parsed {
  const match = FENCED.exec(post.text);
  if (match === null || match[1] === undefined) {
    return { post, rawFrontMatter: null, data: null, body: post.text, rawDate: null, rawTitle: null };
  }
  const raw = match[1];
  let data: Record<string, unknown> | null = null;
  try {
    const loaded: unknown = load(raw);
    data = isRecord(loaded) ? loaded : null;
  } catch {
    data = null;
  }
  return {
    post,
    rawFrontMatter: raw,
    data,
    body: post.text.slice(match[0].length),
    rawDate: /^date: (.*)$/m.exec(raw)?.[1] ?? null,
    rawTitle: /^title: (.*)$/m.exec(raw)?.[1] ?? null,
  };
}

const RFC_1123 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?(Z|[+-]\d{2}:\d{2})$/;
const HEXO = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const isWellFormedDate = (raw: string): boolean => RFC_1123.test(raw) || ISO_8601.test(raw) || HEXO.test(raw);

/** Instant of a well-formed date; Hexo's zone-less form is read as Beijing time, as our scraper means it. */
function instantOf(raw: string): number {
  if (HEXO.test(raw)) return Date.parse(`${raw.replace(' ', 'T')}+08:00`);
  return Date.parse(raw);
}

const STOCK_CODE = /^(sh6\d{5}|sz(00|30)\d{4}|bj[48]\d{5}|hk\d{5}|gb_[a-z]+)$/;

describe('generateCorpus', () => {
  it('is byte-identical for the same seed', () => {
    expect(generate(1200, 42)).toEqual(generate(1200, 42));
  });

  it.each([
    ['another seed', 43],
    ['the default seed', undefined],
  ])('differs for %s', (_, seed) => {
    const a = generate(50, 42);
    const b = generate(50, seed);
    const same = a.filter((post, i) => post.text === b[i]?.text || post.fileName === b[i]?.fileName);
    expect(same).toHaveLength(0);
  });

  it.each([0, 1, 7, 999, 1000, 1234])('yields exactly %i posts', (count) => {
    expect(generate(count)).toHaveLength(count);
  });

  it.each<[string, { count: number; seed?: number }]>([
    ['a negative count', { count: -1 }],
    ['a fractional count', { count: 2.5 }],
    ['a negative seed', { count: 1, seed: -1 }],
    ['a seed beyond 32 bits', { count: 1, seed: 2 ** 32 }],
  ])('rejects %s', (_, options) => {
    expect(() => generate(options.count, options.seed)).toThrow(RangeError);
  });

  it('names files uniquely in the NNNNNN_<16 hex>.txt style', () => {
    const names = generate(3000).map((post) => post.fileName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\d{6}_[0-9a-f]{16}\.txt$/);
    expect(names.slice(0, 2).map((n) => n.slice(0, 7))).toEqual(['000000_', '000001_']);
  });

  it('writes UTF-8 text with LF line endings only', () => {
    for (const post of generate(300)) expect(post.text).not.toContain('\r');
  });

  describe('below 1000 posts', () => {
    const posts = generate(999, 7).map(parse);

    it('gives every post valid front matter with a title, categories and a well-formed date', () => {
      for (const p of posts) {
        expect(p.data, p.post.fileName).not.toBeNull();
        expect(typeof p.data?.title).toBe('string');
        expect(p.data?.title).not.toBe('');
        expect(p.data?.categories).toBeDefined();
        expect(p.data?.date).toBeDefined();
        expect(isWellFormedDate(p.rawDate ?? '')).toBe(true);
      }
    });

    it('contains no duplicates', () => {
      expect(new Set(posts.map((p) => p.post.text)).size).toBe(posts.length);
    });
  });

  describe('at 2,000 posts', () => {
    const posts = generate(2000, 11).map(parse);
    const withFrontMatter = posts.filter((p) => p.rawFrontMatter !== null);
    const valid = posts.filter((p) => p.data !== null);
    const seen = new Set<string>();
    const duplicates = posts.filter((p) => {
      const repeat = seen.has(p.post.text);
      seen.add(p.post.text);
      return repeat;
    });

    it.each([
      ['without front matter', () => posts.length - withFrontMatter.length, 4],
      ['with broken YAML', () => withFrontMatter.length - valid.length, 2],
      ['with an unparseable date', () => valid.filter((p) => !isWellFormedDate(p.rawDate ?? '')).length, 2],
      ['duplicating an earlier post', () => duplicates.length, 2],
    ])('has the planned number of posts %s', (_, measure, expected) => {
      expect(measure()).toBe(expected);
    });

    it('gives every other post a title, categories and a date', () => {
      for (const p of valid) {
        expect(typeof p.data?.title, p.post.fileName).toBe('string');
        expect(p.data?.categories, p.post.fileName).toBeDefined();
        expect(p.data?.date, p.post.fileName).toBeDefined();
      }
    });

    const share = (predicate: (p: Parsed) => boolean, population: readonly Parsed[] = valid): number => population.filter(predicate).length / population.length;
    const title = (p: Parsed): string => (typeof p.data?.title === 'string' ? p.data.title : '');
    const categories = (p: Parsed): unknown => p.data?.categories;

    it.each([
      ['titles with quotes flattened to underscores', (p: Parsed) => /_/.test(title(p)), 0.05, 0.11],
      ['titles with an apostrophe (escaped as two)', (p: Parsed) => title(p).includes("'") && (p.rawTitle ?? '').includes("''"), 0.008, 0.035],
      ['a plain string category', (p: Parsed) => typeof categories(p) === 'string', 0.015, 0.05],
      [
        'two category paths',
        (p: Parsed) => {
          const c = categories(p);
          return Array.isArray(c) && Array.isArray(c[0]);
        },
        0.008,
        0.035,
      ],
      ['RFC 1123 dates', (p: Parsed) => RFC_1123.test(p.rawDate ?? ''), 0.65, 0.75],
      ['ISO 8601 dates', (p: Parsed) => ISO_8601.test(p.rawDate ?? ''), 0.12, 0.18],
      ["Hexo's YYYY-MM-DD HH:mm:ss dates", (p: Parsed) => HEXO.test(p.rawDate ?? ''), 0.12, 0.18],
      ['stock links', (p: Parsed) => p.body.includes('<span id="stock_'), 0.45, 0.55],
      ['a reporter byline', (p: Parsed) => /strong-Bold">[^<]*记者|<FONT color=#333>[^<]*记者/.test(p.body), 0.21, 0.29],
      ['body images', (p: Parsed) => p.body.includes('<div class="img_wrapper">'), 0.12, 0.18],
      ['the legacy CMS template', (p: Parsed) => p.body.startsWith('<DIV class=blkContainerSblkCon'), 0.07, 0.13],
      ['the QR promo trailer', (p: Parsed) => p.body.includes('<div class="clearfix appendQr_wrap">'), 0.74, 0.84],
      ['no head image', (p: Parsed) => p.data?.headimg === undefined, 0.07, 0.14],
    ])('has %s in plausible proportion', (_, predicate, min, max) => {
      const observed = share(predicate);
      expect(observed).toBeGreaterThanOrEqual(min);
      expect(observed).toBeLessThanOrEqual(max);
    });

    it('mostly heads posts that have images with one of them', () => {
      const withImages = valid.filter((p) => p.body.includes('<div class="img_wrapper">'));
      const headedByBodyImage = share((p) => typeof p.data?.headimg === 'string' && p.body.includes(`src="${p.data.headimg}"`), withImages);
      expect(headedByBodyImage).toBeGreaterThan(0.6);
    });

    it('writes three-level category paths from the feed table, traditional 內 included', () => {
      const paths = valid.flatMap((p) => {
        const c = categories(p);
        return Array.isArray(c) && c.every((name) => typeof name === 'string') ? [c.map(String)] : [];
      });
      for (const path of paths) expect(path).toHaveLength(3);
      expect(new Set(paths.map((path) => path[0])).size).toBe(6);
      const leaves = new Set(paths.map((path) => path[2]));
      expect(leaves.size).toBeGreaterThanOrEqual(18);
      expect(leaves).toContain('新浪财经－国內');
    });

    it('writes RFC 1123 dates with the right weekday, all dates within 2020-01-01 .. 2026-11-28', () => {
      const first = Date.UTC(2020, 0, 1);
      const last = Date.UTC(2026, 10, 29);
      for (const p of valid) {
        const raw = p.rawDate ?? '';
        if (!isWellFormedDate(raw)) continue;
        if (RFC_1123.test(raw)) expect(new Date(raw).toUTCString()).toBe(raw);
        const instant = instantOf(raw);
        expect(instant, raw).toBeGreaterThanOrEqual(first);
        expect(instant, raw).toBeLessThan(last);
      }
    });

    it('links stocks with real code shapes, 1–4 per post, listed in news_keyword_pub', () => {
      for (const p of posts) {
        const linked = [...p.body.matchAll(/<span id="stock_([^"]+)">/g)].map((m) => m[1] ?? '');
        if (linked.length === 0) continue;
        expect(linked.length).toBeLessThanOrEqual(4);
        for (const code of linked) {
          expect(code).toMatch(STOCK_CODE);
          expect(p.body).toContain(`<span id="quote_${code}"></span>`);
        }
        expect(p.body).toContain(`<!-- news_keyword_pub,stock,${linked.join('&')} -->`);
      }
    });

    it('mentions a linked company again without a link', () => {
      const linking = valid.filter((p) => p.body.includes('<span id="stock_'));
      const remention = share((p) => {
        const name = /class="keyword"[^>]*>([^<]+)<\/a>/.exec(p.body)?.[1] ?? '';
        return p.body.replace(/<[^>]+>/g, '').split(name).length > 2;
      }, linking);
      expect(remention).toBeGreaterThan(0.9);
    });

    it('sizes bodies like real articles', () => {
      const lengths = valid.map((p) => p.body.length).sort((a, b) => a - b);
      const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
      expect(median).toBeGreaterThan(2800);
      expect(median).toBeLessThan(4500);
      expect(lengths[0]).toBeGreaterThan(300);
      expect(lengths[lengths.length - 1]).toBeLessThan(13000);
      for (const p of valid) {
        const paragraphs = (p.body.match(/<p cms-style="font-L">|<P>|<p>　　(?!<\/p>)|<BR>　　/g) ?? []).length;
        expect(paragraphs).toBeGreaterThanOrEqual(3);
      }
    });
  });

  it('keeps titles unique across 20,000 posts', () => {
    const seen = new Set<string>();
    const titles: string[] = [];
    for (const post of generateCorpus({ count: 20_000 })) {
      if (seen.has(post.text)) continue; // a deliberate duplicate post
      seen.add(post.text);
      const title = /^title: (.*)$/m.exec(post.text)?.[1];
      if (title !== undefined) titles.push(title);
    }
    expect(titles.length).toBeGreaterThan(19_900);
    expect(new Set(titles).size).toBe(titles.length);
    // About 1.5 s alone; a shared 2-core machine running the browser suites beside it can take 4×.
  }, 20_000);
});
