import { describe, expect, it } from 'vitest';
import { SPARSE_RATIO } from '../../shared/bundle-types';
import { testMeta } from '../../shared/test-articles';
import { buildFacetPages } from './build-facet-pages';

const ordered = Array.from({ length: 8 * SPARSE_RATIO }, (_, i) => testMeta(`a${String(i).padStart(2, '0')}`));

describe('buildFacetPages', () => {
  it.each([
    { name: 'none for a dense facet (one article in SPARSE_RATIO)', ordinals: [0, 8, 16, 24, 32, 40, 48, 56], expected: [] },
    { name: 'none for an empty facet of an empty corpus', ordinals: [], expected: [], corpus: [] },
    {
      name: 'pages over positions for a sparse one',
      ordinals: [3, 9, 20, 41, 60, 63],
      expected: [
        [0, ['a03', 'a09', 'a20', 'a41']],
        [4, ['a60', 'a63']],
      ],
    },
  ])('$name', ({ ordinals, expected, corpus }) => {
    const pages = buildFacetPages(ordinals, corpus ?? ordered, 4);
    expect(pages.map((p) => [p.first, p.articles.map((m) => m.id)])).toEqual(expected);
  });
});
