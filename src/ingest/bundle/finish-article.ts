import type { Article } from '../../shared/bundle-types';
import { contentHash } from './content-hash';

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * How an article body (the Article serialized without neighbours and rev, as
 * processPost wrote it) becomes the final article file: `tail` replaces the body's last
 * byte, its closing brace, so the file is finished by one small write in place rather
 * than rewritten. The tail holds the neighbours, then `rev`: the hash of the whole
 * file but its last field (`JSON.stringify` of the parsed file without rev gives those
 * bytes back), so rev changes exactly when the file does, also when only a neighbour
 * changed. A rev is a contentHash: 10 base-32 characters, like every hash of the bundle.
 */
export function finishArticle(
  body: Uint8Array,
  neighbours: Article['neighbours'],
): { readonly tail: string; readonly position: number; readonly rev: string } {
  if (body.length < 3 || body[0] !== OPEN_BRACE || body[body.length - 1] !== CLOSE_BRACE) {
    throw new Error('an article body must be a serialized object with at least one field');
  }
  const position = body.length - 1;
  const spliced = `,"neighbours":${JSON.stringify(neighbours)}`;
  const rev = contentHash(body.subarray(0, position), spliced, '}');
  return { tail: `${spliced},"rev":${JSON.stringify(rev)}}`, position, rev };
}
