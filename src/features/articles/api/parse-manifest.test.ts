import { describe, expect, it } from 'vitest';

import { BundleError, type BundleErrorKind } from '../../../lib/bundle-error';
import { parseManifest } from './parse-manifest';

const valid = {
  schemaVersion: 1,
  generatedAt: '2022-02-11T00:00:00.000Z',
  articleCount: 2,
  categories: [
    { name: '金融', path: ['金融'], count: 2, children: [{ name: '新浪财经', path: ['金融', '新浪财经'], count: 2, children: [] }] },
  ],
  stocks: [{ code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村', count: 1 }],
  meta: {
    pageSize: 50,
    pages: [
      { file: 'meta/page-0001.json', count: 2, newest: '2022-02-10T12:50:43.000Z', oldest: '2022-02-09T01:00:00.000Z' },
    ],
  },
  index: 'index.json',
  articlePath: 'articles/{id}.json',
};

function kindOf(value: unknown): BundleErrorKind | 'ok' {
  try {
    parseManifest(value);
    return 'ok';
  } catch (error) {
    if (error instanceof BundleError) return error.kind;
    throw error;
  }
}

describe('parseManifest', () => {
  it('returns a valid manifest as it is, fields it does not know dropped', () => {
    expect(parseManifest({ ...valid, extra: 'ignored' })).toEqual(valid);
  });

  const page = valid.meta.pages[0];
  it.each([
    { name: 'not an object', value: [], kind: 'invalid' },
    { name: 'null', value: null, kind: 'invalid' },
    { name: 'newer schema', value: { ...valid, schemaVersion: 2 }, kind: 'schema' },
    { name: 'schema version as string', value: { ...valid, schemaVersion: '1' }, kind: 'schema' },
    { name: 'no schema version', value: { articleCount: 1 }, kind: 'schema' },
    { name: 'foreign bundle with other fields', value: { schemaVersion: 0, posts: [] }, kind: 'schema' },
    { name: 'negative count', value: { ...valid, articleCount: -1 }, kind: 'invalid' },
    { name: 'no meta', value: { ...valid, meta: undefined }, kind: 'invalid' },
    { name: 'zero page size', value: { ...valid, meta: { ...valid.meta, pageSize: 0 } }, kind: 'invalid' },
    {
      name: 'page file escaping the bundle',
      value: { ...valid, meta: { ...valid.meta, pages: [{ ...page, file: '../secret.json' }] } },
      kind: 'invalid',
    },
    {
      name: 'absolute page URL',
      value: { ...valid, meta: { ...valid.meta, pages: [{ ...page, file: 'https://evil.example/p.json' }] } },
      kind: 'invalid',
    },
    {
      name: 'page without dates',
      value: { ...valid, meta: { ...valid.meta, pages: [{ ...page, newest: 'soon' }] } },
      kind: 'invalid',
    },
    { name: 'stock of an unknown market', value: { ...valid, stocks: [{ ...valid.stocks[0], market: 'MOON' }] }, kind: 'invalid' },
    {
      name: 'category child without count',
      value: { ...valid, categories: [{ ...valid.categories[0], children: [{ name: 'x', path: ['x'], children: [] }] }] },
      kind: 'invalid',
    },
    { name: 'article path without {id}', value: { ...valid, articlePath: 'articles/a.json' }, kind: 'invalid' },
    { name: 'index outside the bundle', value: { ...valid, index: '/etc/passwd' }, kind: 'invalid' },
    { name: 'empty bundle', value: { ...valid, articleCount: 0, meta: { pageSize: 50, pages: [] } }, kind: 'ok' },
  ])('$name → $kind', ({ value, kind }) => {
    expect(kindOf(value)).toBe(kind);
  });
});
