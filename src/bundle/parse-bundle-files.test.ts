import { describe, expect, it } from 'vitest';

import { HEAD_SIZE } from '../shared/bundle-types';
import { encodeOrdinals } from '../shared/ordinal-list';
import { testArticle, testMeta } from '../shared/test-articles';
import { BundleError, type BundleErrorKind } from '../lib/bundle-error';
import { dayIndexOf, ordinalsOfDay } from './timeline-index';
import { parseArticle } from './parse-article';
import { parseFacet } from './parse-facet';
import { parseManifest } from './parse-manifest';
import { parseMetaPage } from './parse-meta-page';
import { parseStockDirectory } from './parse-stock-directory';
import { parseTimeline } from './parse-timeline';

const ID_A = '20220315-aaaaaaaaaaaa';
const ID_B = '20220315-bbbbbbbbbbbb';
/** An article id for ordinal `o` (base-32 letters stand for its digits). */
const idOf = (o: number): string =>
  `20220315-${String(o)
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)
    .padStart(12, 'z')}`;

const H = 'abcdefghij';
const manifest = {
  schemaVersion: 3,
  generatedAt: '2022-02-11T00:00:00.000Z',
  version: 'k2m4n6p7q2',
  articleCount: 250,
  pageSize: 100,
  files: {
    article: 'articles/{id}.json',
    page: 'meta/{hash}.json',
    facet: 'facets/{hash}.json',
    timeline: 'timeline/{hash}.json',
    stocks: 'stocks/{hash}.json',
    search: 'search/{hash}.json',
  },
  timeline: H,
  head: H,
  stocks: H,
  stockCount: 1,
  categories: [
    { name: '金融', path: ['金融'], count: 250, facet: H, children: [{ name: '新浪财经', path: ['金融', '新浪财经'], count: 3, facet: H, children: [] }] },
  ],
  search: { idPageSize: 64, segments: [{ first: 0, count: 250, name: H, shards: 8 }] },
};

function kindOf(parse: () => unknown): BundleErrorKind | 'ok' {
  try {
    parse();
    return 'ok';
  } catch (error) {
    if (error instanceof BundleError) return error.kind;
    throw error;
  }
}

describe('parseManifest', () => {
  it('returns a valid manifest as it is, fields it does not know dropped', () => {
    expect(parseManifest({ ...manifest, extra: 'ignored' })).toEqual(manifest);
  });

  it.each([
    { name: 'not an object', value: [], kind: 'invalid' },
    { name: 'a schema 1 bundle', value: { ...manifest, schemaVersion: 1 }, kind: 'schema' },
    { name: 'a schema 2 bundle', value: { ...manifest, schemaVersion: 2 }, kind: 'schema' },
    { name: 'a newer schema', value: { ...manifest, schemaVersion: 4 }, kind: 'schema' },
    { name: 'schema version as string', value: { ...manifest, schemaVersion: '3' }, kind: 'schema' },
    { name: 'a search index that misses articles', value: { ...manifest, articleCount: 251 }, kind: 'invalid' },
    { name: 'page size 0', value: { ...manifest, pageSize: 0 }, kind: 'invalid' },
    { name: 'a hash that leaves the folder', value: { ...manifest, head: '../../x' }, kind: 'invalid' },
    { name: 'a hash with a query', value: { ...manifest, timeline: 'abcdefgh?x=1' }, kind: 'invalid' },
    { name: 'an upper-case hash', value: { ...manifest, stocks: 'ABCDEFGHIJ' }, kind: 'invalid' },
    { name: 'a template outside the bundle', value: { ...manifest, files: { ...manifest.files, page: '../{hash}.json' } }, kind: 'invalid' },
    { name: 'an absolute template', value: { ...manifest, files: { ...manifest.files, facet: 'https://evil.example/{hash}' } }, kind: 'invalid' },
    { name: 'a template without its placeholder', value: { ...manifest, files: { ...manifest.files, article: 'articles/a.json' } }, kind: 'invalid' },
    { name: 'a category without facet', value: { ...manifest, categories: [{ ...manifest.categories[0], facet: undefined }] }, kind: 'invalid' },
    { name: 'an empty bundle', value: { ...manifest, articleCount: 0, categories: [], search: { idPageSize: 64, segments: [] } }, kind: 'ok' },
  ])('$name → $kind', ({ value, kind }) => {
    expect(kindOf(() => parseManifest(value))).toBe(kind);
  });
});

describe('parseTimeline', () => {
  const days = [19000, 100, 19002, 149, 19003, 1];
  const valid = { pages: [H, H, H], days };

  it('lays out days for lookups by ordinal and by day', () => {
    const timeline = parseTimeline(valid, 'timeline/x.json', manifest);
    expect(Array.from(timeline.dayStarts)).toEqual([0, 100, 249, 250]);
    expect(timeline.days[dayIndexOf(timeline, 0)]).toBe(19000);
    expect(timeline.days[dayIndexOf(timeline, 99)]).toBe(19000);
    expect(timeline.days[dayIndexOf(timeline, 100)]).toBe(19002);
    expect(timeline.days[dayIndexOf(timeline, 249)]).toBe(19003);
    expect(ordinalsOfDay(timeline, 19002)).toEqual({ start: 100, end: 249 });
    expect(ordinalsOfDay(timeline, 19001)).toEqual({ start: 100, end: 100 });
    expect(ordinalsOfDay(timeline, 20000)).toEqual({ start: 250, end: 250 });
  });

  it.each([
    { name: 'too few pages', value: { ...valid, pages: [H, H] } },
    { name: 'counts that do not add up', value: { ...valid, days: [19000, 100, 19002, 149] } },
    { name: 'days out of order', value: { ...valid, days: [19002, 100, 19000, 149, 19003, 1] } },
    { name: 'a day without articles', value: { ...valid, days: [...days, 19004, 0] } },
    { name: 'an odd-length day list', value: { ...valid, days: [19000] } },
    { name: 'a bad page hash', value: { ...valid, pages: [H, H, 'x/y'] } },
  ])('refuses $name, naming the file', ({ value }) => {
    expect(() => parseTimeline(value, 'timeline/x.json', manifest)).toThrow(
      expect.objectContaining({ kind: 'invalid', message: expect.stringContaining('timeline/x.json') }) as BundleError,
    );
  });
});

describe('parseMetaPage', () => {
  const page = { first: 100, articles: [testMeta(ID_A), testMeta(ID_B)] };

  it('keeps a page that holds what pointed to it promised', () => {
    expect(parseMetaPage(page, 'meta/x.json', { first: 100, length: 2 })).toEqual(page);
  });

  it.each([
    { name: 'another first position', value: page, expected: { first: 0, length: 2 } },
    { name: 'fewer articles', value: page, expected: { first: 100, length: 3 } },
    { name: 'articles as an object', value: { first: 100, articles: { 0: testMeta(ID_A) } }, expected: { first: 100, length: 1 } },
    { name: 'an article with a bad date', value: { first: 0, articles: [testMeta(ID_A, { date: '2022-13-45' })] }, expected: { first: 0, length: 1 } },
    { name: 'non-string categories', value: { first: 0, articles: [{ ...testMeta(ID_A), categories: [[1, 2]] }] }, expected: { first: 0, length: 1 } },
  ])('refuses $name', ({ value, expected }) => {
    expect(kindOf(() => parseMetaPage(value, 'meta/x.json', expected))).toBe('invalid');
  });
});

describe('parseFacet', () => {
  const ordinals = [3, 50, 120, 249];
  const facet = {
    kind: 'stock',
    key: 'sz000931',
    count: 4,
    ordinals: encodeOrdinals(ordinals),
    head: ordinals.map((o) => testMeta(idOf(o))).reverse(),
    pages: [H],
    categoryCounts: [['金融', 4]],
    related: [['sh600519', 2]],
  };
  const expected = { kind: 'stock', key: 'sz000931' } as const;

  it('decodes the ordinals and keeps the rest', () => {
    const parsed = parseFacet(facet, 'facets/x.json', expected, manifest);
    expect(Array.from(parsed.ordinals)).toEqual(ordinals);
    expect(parsed.categoryCounts.get('金融')).toBe(4);
    expect(parsed.related).toEqual([['sh600519', 2]]);
  });

  it.each([
    { name: 'another stock', value: { ...facet, key: 'sh600519' } },
    { name: 'a category where a stock was named', value: { ...facet, kind: 'category' } },
    { name: 'a count other than its list', value: { ...facet, count: 5 } },
    { name: 'ordinals past the corpus', value: { ...facet, ordinals: encodeOrdinals([3, 250]), count: 2, head: facet.head.slice(0, 2) } },
    { name: 'a corrupt list', value: { ...facet, ordinals: 'd!!' } },
    { name: 'a head of the wrong length', value: { ...facet, head: facet.head.slice(1) } },
    { name: 'too many pages', value: { ...facet, pages: [H, H] } },
    { name: 'a related stock without count', value: { ...facet, related: [['sh600519']] } },
  ])('refuses $name', ({ value }) => {
    expect(kindOf(() => parseFacet(value, 'facets/x.json', expected, manifest))).toBe('invalid');
  });

  it('caps the head at HEAD_SIZE articles', () => {
    const many = Array.from({ length: 40 }, (_, i) => i);
    const big = { ...facet, count: 40, ordinals: encodeOrdinals(many), head: many.slice(0, HEAD_SIZE).map((o) => testMeta(idOf(o))), pages: [] };
    expect(parseFacet(big, 'facets/x.json', expected, manifest).head).toHaveLength(HEAD_SIZE);
  });
});

describe('parseStockDirectory', () => {
  const stock = { code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村', count: 4, facet: H };

  it('keeps a directory of as many stocks as the manifest says', () => {
    expect(parseStockDirectory({ stocks: [stock] }, 'stocks/x.json', 1).stocks).toEqual([stock]);
  });

  it.each([
    { name: 'another number of stocks', value: { stocks: [stock] }, count: 2 },
    { name: 'a code twice', value: { stocks: [stock, stock] }, count: 2 },
    { name: 'a stock of an unknown market', value: { stocks: [{ ...stock, market: 'MOON' }] }, count: 1 },
  ])('refuses $name', ({ value, count }) => {
    expect(kindOf(() => parseStockDirectory(value, 'stocks/x.json', count))).toBe('invalid');
  });
});

describe('URLs from bundle files', () => {
  it.each([
    { name: 'javascript:', url: 'javascript:alert(1)' },
    { name: 'a data: URL', url: 'data:image/png;base64,AAAA' },
    { name: 'protocol-relative', url: '//evil.example/x.png' },
    { name: 'backslash host', url: '/\\evil.example/x.png' },
  ])('a head image that is $name never reaches the page', ({ url }) => {
    const page = parseMetaPage({ first: 0, articles: [testMeta(ID_A, { headImage: url })] }, 'meta/x.json', { first: 0, length: 1 });
    expect(page.articles[0]!.headImage).toBeNull();
  });

  it('drops the unsafe ones of an article’s images and keeps the rest', () => {
    const { neighbours: _n, ...content } = testArticle(ID_A);
    const file = {
      ...content,
      neighbours: { newer: null, older: null },
      images: ['https://n.sinaimg.cn/a.jpg', 'javascript:alert(1)', '//evil.example/x.png', '/images/b.svg'],
    };
    expect(parseArticle(file, 'articles/a.json', ID_A).images).toEqual(['https://n.sinaimg.cn/a.jpg', '/images/b.svg']);
  });

  it('keeps safe head images', () => {
    const page = parseMetaPage({ first: 0, articles: [testMeta(ID_A, { headImage: '/images/a.png' })] }, 'meta/x.json', { first: 0, length: 1 });
    expect(page.articles[0]!.headImage).toBe('/images/a.png');
  });
});

describe('limits at the boundary (issue 12)', () => {
  function errorOf(parse: () => unknown): BundleError {
    try {
      parse();
    } catch (error) {
      if (error instanceof BundleError) return error;
      throw error;
    }
    throw new Error('parsed');
  }

  it('refuses a category tree 20,000 levels deep with the field, without overflowing the stack', () => {
    let node: Record<string, unknown> = { name: 'x', path: ['x'], count: 1, facet: H, children: [] };
    const root = node;
    for (let i = 0; i < 20_000; i++) {
      const child = { name: 'x', path: ['x'], count: 1, facet: H, children: [] };
      node.children = [child];
      node = child;
    }
    const error = errorOf(() => parseManifest({ ...manifest, categories: [root] }));
    expect(error).toMatchObject({ kind: 'invalid', file: 'manifest.json' });
    expect(error.field).toMatch(/^categories\[0\]\.children\[0\]/);
  });

  it('refuses a node whose path is not its parent’s and its name', () => {
    const categories = [{ ...manifest.categories[0]!, children: [{ name: '新浪财经', path: ['其他', '新浪财经'], count: 3, facet: H, children: [] }] }];
    expect(errorOf(() => parseManifest({ ...manifest, categories }))).toMatchObject({ file: 'manifest.json', field: 'categories[0].children[0].path' });
  });

  it.each([
    ['a summary of 100,000 characters', { summary: '长'.repeat(100_000) }, 'articles[0].summary'],
    ['17 categories', { categories: Array.from({ length: 17 }, (_, i) => [`c${i}`]) }, 'articles[0].categories'],
    ['a stock code of no known shape', { stocks: [{ code: 'constructor', market: 'OTHER', symbol: 'constructor', name: 'x' }] }, 'articles[0].stocks[0].code'],
    ['an id that is a path', { id: '../manifest' }, 'articles[0].id'],
    ['a rev with a query string', { rev: 'abcdefgh?x' }, 'articles[0].rev'],
  ])('refuses a page with %s, naming the field', (_name, patch, field) => {
    const error = errorOf(() => parseMetaPage({ first: 0, articles: [{ ...testMeta(ID_A), ...patch }] }, 'meta/x.json', { first: 0, length: 1 }));
    expect(error).toMatchObject({ kind: 'invalid', file: 'meta/x.json', field });
  });

  it('shows labels without bidi controls and invisible characters', () => {
    const page = parseMetaPage({ first: 0, articles: [testMeta(ID_A, { title: '股价\u202e停涨\u200b', source: '新\u2066浪\u2069' })] }, 'meta/x.json', {
      first: 0,
      length: 1,
    });
    expect(page.articles[0]).toMatchObject({ title: '股价停涨', source: '新浪' });
  });

  it('keeps at most 100 images an article and drops http ones', () => {
    const { neighbours: _n, ...content } = testArticle(ID_A);
    const file = { ...content, images: ['http://n.sinaimg.cn/a.jpg', 'https://n.sinaimg.cn/b.jpg'], neighbours: { newer: null, older: null } };
    expect(parseArticle(file, 'articles/a.json', ID_A).images).toEqual(['https://n.sinaimg.cn/b.jpg']);
    const tooMany = { ...file, images: Array.from({ length: 101 }, (_, i) => `https://n.sinaimg.cn/${i}.jpg`) };
    expect(errorOf(() => parseArticle(tooMany, 'articles/a.json', ID_A))).toMatchObject({ field: 'images' });
  });
});
