import { describe, expect, it } from 'vitest';

import type { Manifest, MetaPage } from '../../../shared/bundle-types';
import { testMeta } from '../../../shared/test-articles';
import type { FacetIndex } from '../../../bundle/facet-index';
import type { TimelineIndex } from '../../../bundle/timeline-index';
import { metaLocator } from './meta-locator';

// 250 articles, pages of 100, a head of the newest 24 (ordinals 226–249).
const manifest = { articleCount: 250, pageSize: 100, head: 'headhash00' } as Manifest;
const timeline: TimelineIndex = {
  articleCount: 250,
  pageSize: 100,
  pages: ['page000000', 'page111111', 'page222222'],
  days: Int32Array.of(19000),
  dayStarts: Int32Array.of(0, 250),
};
const headPage: MetaPage = { first: 226, articles: Array.from({ length: 24 }, (_, i) => testMeta(`h${226 + i}`)) };

function facet(ordinals: number[], headCount: number, pages: string[]): FacetIndex {
  return {
    kind: 'stock',
    key: 'sz000931',
    ordinals: Int32Array.from(ordinals),
    head: ordinals
      .slice(-headCount)
      .reverse()
      .map((o) => testMeta(`f${o}`)),
    pages,
    categoryCounts: new Map(),
    related: [],
  };
}

describe('metaLocator', () => {
  it('reads the newest from the head page and the rest from the main pages', () => {
    const locate = metaLocator(manifest, timeline, headPage, []);
    expect(locate(249)).toEqual({ meta: testMeta('h249') });
    expect(locate(226)).toEqual({ meta: testMeta('h226') });
    expect(locate(225)).toEqual({ page: { hash: 'page222222', first: 200, length: 50 }, offset: 25 });
    expect(locate(0)).toEqual({ page: { hash: 'page000000', first: 0, length: 100 }, offset: 0 });
  });

  it('asks for the head page while it and the timeline are on their way, and knows nothing older', () => {
    const locate = metaLocator(manifest, undefined, undefined, []);
    expect(locate(240)).toEqual({ page: { hash: 'headhash00', first: 226, length: 24 }, offset: 14 });
    expect(locate(10)).toBeNull();
  });

  it('prefers a facet’s head, then its own pages, to the main pages', () => {
    const ordinals = Array.from({ length: 130 }, (_, i) => i);
    const sparse = facet(ordinals, 24, ['fpage00000', 'fpage11111']);
    const locate = metaLocator(manifest, timeline, headPage, [sparse]);
    expect(locate(129)).toEqual({ meta: testMeta('f129') });
    expect(locate(106)).toEqual({ meta: testMeta('f106') });
    expect(locate(105)).toEqual({ page: { hash: 'fpage11111', first: 100, length: 30 }, offset: 5 });
    expect(locate(3)).toEqual({ page: { hash: 'fpage00000', first: 0, length: 100 }, offset: 3 });
  });

  it('uses the main pages for a dense facet’s older articles, and for ordinals outside it', () => {
    const dense = facet([1, 5, 9, 200], 2, []);
    const locate = metaLocator(manifest, timeline, headPage, [dense]);
    expect(locate(200)).toEqual({ meta: testMeta('f200') });
    expect(locate(9)).toEqual({ meta: testMeta('f9') });
    expect(locate(5)).toEqual({ page: { hash: 'page000000', first: 0, length: 100 }, offset: 5 });
  });
});
