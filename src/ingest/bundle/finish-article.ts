import type { Article } from '../../shared/bundle-types';
import { contentHash } from './content-hash';

/**
 * How an article body (the Article serialized without neighbours and rev, as processPost
 * wrote it) becomes the final article file: `tail` replaces the body's closing brace, so
 * the file is the body's bytes but the last, then the tail. The tail holds the
 * neighbours, then `rev`: the hash of the body's hash and the neighbours — so rev changes
 * exactly when the file does, also when only a neighbour changed, and is known from the
 * body's hash alone, without reading the body again (an incremental run finds the revs of
 * 100,000 articles in milliseconds). A rev is a contentHash: 10 base-32 characters, like
 * every hash of the bundle.
 */
export function finishArticle(bodyHash: string, neighbours: Article['neighbours']): { readonly tail: string; readonly rev: string } {
  const rev = contentHash(bodyHash, `,"neighbours":${JSON.stringify(neighbours)}`);
  return { tail: articleTail(neighbours, rev), rev };
}

/** The tail of an article whose rev is known already (finishArticle made it). */
export function articleTail(neighbours: Article['neighbours'], rev: string): string {
  return `,"neighbours":${JSON.stringify(neighbours)},"rev":${JSON.stringify(rev)}}`;
}

/** The whole article file: the body, whose last byte is its closing brace, with the tail in its place. */
export function articleFile(body: Uint8Array, tail: string): Buffer {
  if (body.length < 3 || body[0] !== 0x7b || body[body.length - 1] !== 0x7d) {
    throw new Error('an article body must be a serialized object with at least one field');
  }
  return Buffer.concat([body.subarray(0, body.length - 1), Buffer.from(tail, 'utf8')]);
}
