import { describe, expect, it } from 'vitest';

import { decodeOrdinals, encodeOrdinals, OrdinalListError } from './ordinal-list';

function roundTrip(ordinals: readonly number[], limit = 1_000_000): number[] {
  return Array.from(decodeOrdinals(encodeOrdinals(ordinals), limit, ordinals.length));
}

describe('ordinal lists', () => {
  it.each([
    { name: 'empty', ordinals: [] },
    { name: 'zero alone', ordinals: [0] },
    { name: 'one large ordinal', ordinals: [999_999] },
    { name: 'sparse', ordinals: [3, 170, 171, 5000, 65_536, 999_000] },
    { name: 'every ordinal (dense)', ordinals: Array.from({ length: 1000 }, (_, i) => i) },
    { name: 'every other', ordinals: Array.from({ length: 500 }, (_, i) => i * 2 + 1) },
    { name: 'lengths 1 to 3 mod 3', ordinals: [1, 2] },
  ])('$name survives a round trip', ({ ordinals }) => {
    expect(roundTrip(ordinals)).toEqual(ordinals);
  });

  it('picks the bitmap for dense lists and varints for sparse ones', () => {
    expect(encodeOrdinals(Array.from({ length: 1000 }, (_, i) => i))[0]).toBe('b');
    expect(encodeOrdinals([5, 900, 90_000])[0]).toBe('d');
  });

  it('costs about two bytes an article for a median stock of 100,000', () => {
    const ordinals = Array.from({ length: 600 }, (_, i) => i * 166 + (i % 7));
    expect(encodeOrdinals(ordinals).length).toBeLessThan(600 * 2 * 1.34 + 2);
  });

  it.each([
    { name: 'not ascending', ordinals: [3, 3] },
    { name: 'descending', ordinals: [5, 2] },
    { name: 'negative', ordinals: [-1] },
    { name: 'fractional', ordinals: [1.5] },
  ])('refuses to encode $name', ({ ordinals }) => {
    expect(() => encodeOrdinals(ordinals)).toThrow(OrdinalListError);
  });

  it.each([
    { name: 'an unknown encoding', text: 'x AAA', limit: 10 },
    { name: 'characters outside base64url', text: 'dA+B/', limit: 10 },
    { name: 'a truncated varint', text: `d${'_'.repeat(2)}`, limit: 10 },
    { name: 'an ordinal past the corpus', text: encodeOrdinals([4, 12]), limit: 10 },
    { name: 'a bitmap longer than the corpus', text: encodeOrdinals(Array.from({ length: 64 }, (_, i) => i)), limit: 16 },
    { name: 'a lone base64 character', text: 'dA', limit: 10 },
  ])('refuses to decode $name', ({ text, limit }) => {
    expect(() => decodeOrdinals(text, limit)).toThrow(OrdinalListError);
  });

  it('refuses a list of another length than promised', () => {
    expect(() => decodeOrdinals(encodeOrdinals([1, 2, 3]), 10, 4)).toThrow(OrdinalListError);
    expect(() => decodeOrdinals('', 10, 1)).toThrow(OrdinalListError);
  });
});
