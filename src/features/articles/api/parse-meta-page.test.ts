import { describe, expect, it } from 'vitest';

import { BundleError } from '../../../lib/bundle-error';
import { testMeta } from '../../../shared/test-articles';
import { parseMetaPage } from './parse-meta-page';

const article = testMeta('abc123', { stocks: [] });

describe('parseMetaPage', () => {
  it('keeps the articles in bundle order', () => {
    const second = { ...article, id: 'def456', title: '更早的标题', date: '2022-02-09T00:00:00.000Z' };
    expect(parseMetaPage({ page: 1, articles: [article, second] }, 'meta/page-0001.json')).toEqual({
      page: 1,
      articles: [article, second],
    });
  });

  it.each([
    { name: 'not an object', value: 'page' },
    { name: 'page zero', value: { page: 0, articles: [] } },
    { name: 'no articles', value: { page: 1 } },
    { name: 'article not an object', value: { page: 1, articles: [null] } },
    { name: 'article without id', value: { page: 1, articles: [{ ...article, id: '' }] } },
    { name: 'article without title', value: { page: 1, articles: [{ ...article, title: 42 }] } },
    { name: 'article with bad date', value: { page: 1, articles: [{ ...article, date: '2022-13-45' }] } },
    { name: 'article without source', value: { page: 1, articles: [{ ...article, source: undefined }] } },
    { name: 'stock without market', value: { page: 1, articles: [{ ...article, stocks: [{ code: 'sz1', symbol: '1', name: 'x' }] }] } },
    { name: 'head image not a string', value: { page: 1, articles: [{ ...article, headImage: 5 }] } },
  ])('rejects $name as invalid, naming the file', ({ value }) => {
    expect(() => parseMetaPage(value, 'meta/page-0001.json')).toThrow(
      expect.objectContaining({ kind: 'invalid', message: expect.stringContaining('meta/page-0001.json') }) as BundleError,
    );
  });
});
