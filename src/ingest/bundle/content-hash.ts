import { createHash } from 'node:crypto';
import { base32 } from '../pipeline/base32';

/** 10 base-32 characters: 50 bits, so a collision among a bundle's files is out of reach. */
export const CONTENT_HASH_LENGTH = 10;

/**
 * The name of a file's content: base 32 of the SHA-256 of its bytes, cut to 10
 * characters. Strings count as their UTF-8 bytes (what the writer puts on disk); several
 * parts hash as their concatenation, so a file need not be assembled to be named. Also
 * the form of manifest versions and article revs, so every hash in a bundle reads alike.
 */
export function contentHash(...parts: readonly (string | Uint8Array)[]): string {
  return contentHashOf(parts);
}

/** contentHash of parts given as a list, however long (spread into arguments, a million parts overflow the stack). */
export function contentHashOf(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    if (typeof part === 'string') hash.update(part, 'utf8');
    else hash.update(part);
  }
  return base32(hash.digest()).slice(0, CONTENT_HASH_LENGTH);
}
