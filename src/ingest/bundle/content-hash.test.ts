import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32 } from '../pipeline/base32';
import { bundleFile } from './bundle-file';
import { contentHash } from './content-hash';

describe('contentHash', () => {
  it.each(['', '{"a":1}', '{"title":"北京市“两区”建设"}'])('is base 32 of the SHA-256 of the UTF-8 bytes of %j', (text) => {
    const hash = contentHash(text);
    expect(hash).toMatch(/^[a-z2-7]{10}$/);
    expect(hash).toBe(base32(createHash('sha256').update(Buffer.from(text, 'utf8')).digest()).slice(0, 10));
  });

  it('is the known value for the empty string', () => {
    // SHA-256("") = e3b0c442…, whose base 32 starts 4oymiquy.
    expect(contentHash('')).toBe('4oymiquy7q');
  });
});

describe('bundleFile', () => {
  it('names the file by the hash of exactly the JSON it holds', () => {
    const file = bundleFile('meta/{hash}.json', { first: 0, articles: [{ title: '两区' }] });
    expect(Buffer.from(file.bytes).toString('utf8')).toBe('{"first":0,"articles":[{"title":"两区"}]}');
    expect(file.hash).toBe(contentHash('{"first":0,"articles":[{"title":"两区"}]}'));
    expect(file.path).toBe(`meta/${file.hash}.json`);
  });
});

describe('contentHash of several parts', () => {
  it('is the hash of their concatenation, bytes and strings alike', () => {
    expect(contentHash(new TextEncoder().encode('{"a":"两'), '区"', '}')).toBe(contentHash('{"a":"两区"}'));
  });
});
