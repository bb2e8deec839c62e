import { describe, expect, it } from 'vitest';

import { SEARCH_SEGMENT_LEVELS } from '../../../shared/bundle-types';
import { planSegments, segmentName } from './segment-plan';

const articles = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `20220210-${String(i).padStart(12, '0')}`, rev: `r${i}` }));

describe('planSegments', () => {
  it.each([0, 1, 63, 64, 65, 16_383, 16_384, 16_449, 100_000, 1_000_000])('covers %i articles once, in order, cut at multiples of the levels', (count) => {
    const segments = planSegments(count);
    let next = 0;
    for (const segment of segments) {
      expect(segment.first).toBe(next);
      expect(segment.count).toBeGreaterThan(0);
      next += segment.count;
    }
    expect(next).toBe(count);
    for (const segment of segments.slice(0, -1)) expect(SEARCH_SEGMENT_LEVELS.some((level) => (segment.first + segment.count) % level === 0)).toBe(true);
  });
});

describe('segmentName', () => {
  it('changes with any article of the segment and with nothing outside it', () => {
    const all = articles(200);
    const [first] = planSegments(200);
    const name = segmentName(first!, all);
    const changedInside = all.map((a, i) => (i === 5 ? { ...a, rev: 'other' } : a));
    const changedOutside = all.map((a, i) => (i === 199 ? { ...a, rev: 'other' } : a));
    expect(segmentName(first!, changedInside)).not.toBe(name);
    expect(segmentName(first!, changedOutside)).toBe(name);
  });

  it('names a segment of a million articles (no argument list that long)', () => {
    const all = articles(1_000_000);
    const [first] = planSegments(all.length);
    expect(segmentName(first!, all)).toMatch(/^[a-z2-7]{10}$/);
  });
});
