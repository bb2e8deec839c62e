import { describe, expect, it } from 'vitest';
import { base32 } from './base32';

describe('base32', () => {
  // RFC 4648 §10, in lower case and without padding.
  it.each([
    ['', ''],
    ['f', 'my'],
    ['fo', 'mzxq'],
    ['foo', 'mzxw6'],
    ['foob', 'mzxw6yq'],
    ['fooba', 'mzxw6ytb'],
    ['foobar', 'mzxw6ytboi'],
  ])('encodes %j as %j', (text, expected) => {
    expect(base32(new TextEncoder().encode(text))).toBe(expected);
  });
});
