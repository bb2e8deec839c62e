import { createHash } from 'node:crypto';

/**
 * The article's identity: the same title published at the same moment is the same
 * article, whatever file it came in. The title is normalized (NFKC, case, whitespace and
 * quote style) so that re-crawls that differ only in those still collide, and the date
 * prefix (Beijing calendar day) keeps ids readable and roughly sortable.
 * Form: "20220210-" + 12 base32 characters — URL-safe, 60 bits of hash.
 */
export function makeArticleId(title: string, isoDate: string): string {
  const normalized = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"「」『』‘’']/g, '"')
    .replace(/[\s\u3000]+/g, '');
  const hash = createHash('sha256').update(`${normalized}\n${isoDate}`).digest();
  const beijing = new Date(Date.parse(isoDate) + 8 * 3600_000).toISOString();
  return `${beijing.slice(0, 10).replace(/-/g, '')}-${base32(hash).slice(0, 12)}`;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}
