import { describe, expect, it } from 'vitest';
import { testMeta } from '../../shared/test-articles';
import { buildPages } from './build-pages';

const metas = (n: number) => Array.from({ length: n }, (_, i) => testMeta(`a${i}`));

describe('buildPages', () => {
  it.each([
    { count: 0, pageSize: 3, expected: [] },
    { count: 2, pageSize: 3, expected: [[0, 2]] },
    { count: 3, pageSize: 3, expected: [[0, 3]] },
    {
      count: 7,
      pageSize: 3,
      expected: [
        [0, 3],
        [3, 3],
        [6, 1],
      ],
    },
  ])('$count metas in pages of $pageSize', ({ count, pageSize, expected }) => {
    const all = metas(count);
    const pages = buildPages(all, pageSize);
    expect(pages.map((p) => [p.first, p.articles.length])).toEqual(expected);
    expect(pages.flatMap((p) => p.articles)).toEqual(all);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => buildPages(metas(1), 0)).toThrow();
    expect(() => buildPages(metas(1), 1.5)).toThrow();
  });
});
