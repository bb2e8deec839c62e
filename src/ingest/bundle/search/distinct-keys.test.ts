import { describe, expect, it } from 'vitest';

import { searchKeyHash } from '../../../shared/search-text';
import { sketchAdd, sketchEstimate, sketchUnion, SKETCH_REGISTERS } from './distinct-keys';

const sketchOf = (keys: Iterable<number>): Uint8Array => {
  const sketch = new Uint8Array(SKETCH_REGISTERS);
  for (const key of keys) sketchAdd(sketch, searchKeyHash(key));
  return sketch;
};
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('distinct keys', () => {
  it.each([0, 10, 1_000, 30_000, 400_000])('are estimated within 5 %% for %i keys', (n) => {
    // Bigram-like keys: two CJK units.
    const estimate = sketchEstimate(sketchOf(range(0, n).map((i) => ((0x4e00 + (i % 20_000)) * 65_536 + 0x4e00 + Math.floor(i / 20_000)) >>> 0)));
    expect(Math.abs(estimate - n)).toBeLessThanOrEqual(Math.max(1, n * 0.05));
  });

  it('of the union of runs are those of the keys however the runs were cut, duplicates and all', () => {
    const whole = sketchOf(range(1, 50_000));
    const cut = sketchOf(range(1, 20_000));
    sketchUnion(cut, sketchOf(range(10_000, 50_000)));
    expect(cut).toEqual(whole);
  });
});
