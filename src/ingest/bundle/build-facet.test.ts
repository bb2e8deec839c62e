import { describe, expect, it } from 'vitest';
import { HEAD_SIZE } from '../../shared/bundle-types';
import { decodeOrdinals } from '../../shared/ordinal-list';
import { testMeta } from '../../shared/test-articles';
import { buildFacet } from './build-facet';

const ordered = Array.from({ length: 100 }, (_, i) => testMeta(`a${String(i).padStart(3, '0')}`));
const input = (ordinals: number[]) => ({ kind: 'stock', key: 'sz000931', ordinals, categoryCounts: [['金融', 2]], related: [['sh600519', 1]] }) as const;

describe('buildFacet', () => {
  it.each([
    { name: 'empty', ordinals: [] },
    { name: 'fewer than a head', ordinals: [2, 5, 70] },
    { name: 'more than a head', ordinals: Array.from({ length: 40 }, (_, i) => i * 2 + 1) },
  ])('$name: ordinals that decode to its list, the newest first in the head', ({ ordinals }) => {
    const facet = buildFacet(input(ordinals), (o) => ordered[o]!, ['p1', 'p2']);
    expect(facet).toMatchObject({ kind: 'stock', key: 'sz000931', count: ordinals.length, pages: ['p1', 'p2'] });
    expect(Array.from(decodeOrdinals(facet.ordinals, ordered.length, facet.count))).toEqual(ordinals);
    expect(facet.head.map((m) => m.id)).toEqual(
      ordinals
        .slice(-HEAD_SIZE)
        .reverse()
        .map((o) => ordered[o]!.id),
    );
    expect(facet.categoryCounts).toEqual([['金融', 2]]);
    expect(facet.related).toEqual([['sh600519', 1]]);
  });
});
