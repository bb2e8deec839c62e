import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/bundle-types';
import { contentHash } from './content-hash';
import { articleFile, finishArticle } from './finish-article';

const body = JSON.stringify({ id: '20220210-abc', title: '标题“两区”', html: '<p>正文</p>' });
const bodyHash = contentHash(body);
const neighbours = (newer: string | null, older: string | null): Article['neighbours'] => ({
  newer: newer === null ? null : { id: newer, title: `标题 ${newer}` },
  older: older === null ? null : { id: older, title: `标题 ${older}` },
});
const finished = (n: Article['neighbours']): { json: string; rev: string } => {
  const { tail, rev } = finishArticle(bodyHash, n);
  return { json: articleFile(Buffer.from(body, 'utf8'), tail).toString('utf8'), rev };
};

describe('finishArticle', () => {
  it.each([
    { name: 'in the middle', n: neighbours('b', 'c') },
    { name: 'the newest', n: neighbours(null, 'c') },
    { name: 'the oldest', n: neighbours('b', null) },
    { name: 'the only one', n: neighbours(null, null) },
  ])('$name: neighbours spliced in, rev the hash of the body’s hash and them, appended last', ({ n }) => {
    const { json, rev } = finished(n);
    const { rev: stored, neighbours: spliced, ...rest } = JSON.parse(json) as Article;
    expect(stored).toBe(rev);
    expect(spliced).toEqual(n);
    expect(JSON.stringify(rest)).toBe(body);
    expect(rev).toBe(contentHash(contentHash(body), `,"neighbours":${JSON.stringify(n)}`));
    expect(json).toBe(`${body.slice(0, -1)},"neighbours":${JSON.stringify(n)},"rev":"${rev}"}`);
  });

  it('gives another rev when only a neighbour changes, or only the body', () => {
    expect(finished(neighbours('b', null)).rev).not.toBe(finished(neighbours('d', null)).rev);
    expect(finishArticle(contentHash('{"id":"x"}'), neighbours(null, null)).rev).not.toBe(finished(neighbours(null, null)).rev);
  });

  it.each(['', '{}', '[1]', 'null', '{"a":1'])('refuses %j as a body', (bad) => {
    expect(() => articleFile(Buffer.from(bad), '}')).toThrow();
  });
});
