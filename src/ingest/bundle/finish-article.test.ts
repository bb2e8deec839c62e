import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/bundle-types';
import { contentHash } from './content-hash';
import { finishArticle } from './finish-article';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const body = JSON.stringify({ id: '20220210-abc', title: '标题“两区”', html: '<p>正文</p>' });
const neighbours = (newer: string | null, older: string | null): Article['neighbours'] => ({
  newer: newer === null ? null : { id: newer, title: `标题 ${newer}` },
  older: older === null ? null : { id: older, title: `标题 ${older}` },
});
/** The file as the writer leaves it: the body's bytes up to position, then the tail. */
const finished = (text: string, n: Article['neighbours']): { json: string; rev: string } => {
  const { tail, position, rev } = finishArticle(bytes(text), n);
  return { json: new TextDecoder().decode(bytes(text).subarray(0, position)) + tail, rev };
};

describe('finishArticle', () => {
  it.each([
    { name: 'in the middle', n: neighbours('b', 'c') },
    { name: 'the newest', n: neighbours(null, 'c') },
    { name: 'the oldest', n: neighbours('b', null) },
    { name: 'the only one', n: neighbours(null, null) },
  ])('$name: neighbours spliced in, rev the hash of the rest, appended last', ({ n }) => {
    const { json, rev } = finished(body, n);
    const { rev: stored, ...rest } = JSON.parse(json) as Article;
    expect(stored).toBe(rev);
    expect(rest).toEqual({ ...(JSON.parse(body) as object), neighbours: n });
    expect(rev).toBe(contentHash(JSON.stringify(rest)));
    expect(json).toBe(`${JSON.stringify(rest).slice(0, -1)},"rev":"${rev}"}`);
  });

  it('replaces only the closing brace, wherever multi-byte characters put it', () => {
    expect(finishArticle(bytes(body), neighbours(null, null)).position).toBe(bytes(body).length - 1);
  });

  it('gives another rev when only a neighbour changes', () => {
    expect(finished(body, neighbours('b', null)).rev).not.toBe(finished(body, neighbours('d', null)).rev);
  });

  it.each(['', '{}', '[1]', 'null', '{"a":1'])('refuses %j as a body', (bad) => {
    expect(() => finishArticle(bytes(bad), neighbours(null, null))).toThrow();
  });
});
