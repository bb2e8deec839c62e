import { fromBase64Url, OrdinalListError } from './ordinal-list';
import type { KeyPlacement } from './search-text';

/**
 * Where a key occurs in each article of its list, for the exact check of terms longer
 * than one key (src/shared/search-match.ts). Encoded as base64url of unsigned LEB128
 * varints, per article of the key's list in list order: the number of occurrences
 * n ≥ 1, the first offset, then each next offset less the previous one less one. Offsets
 * are into the article's normalized searchable text (src/shared/search-text.ts).
 */
export interface PositionLists {
  /** Offsets of article i of the list are offsets[starts[i], starts[i + 1]). */
  readonly starts: Int32Array;
  readonly offsets: Int32Array;
}

/**
 * Decodes positions for a list of `postings` articles. Untrusted text: anything but
 * exactly `postings` well-formed, ascending runs throws OrdinalListError.
 */
export function decodePositions(text: string, postings: number): PositionLists {
  const bytes = fromBase64Url(text, 0);
  const starts = new Int32Array(postings + 1);
  // At most one offset a byte: the array is never too small for valid input.
  const offsets = new Int32Array(bytes.length);
  let n = 0;
  let at = 0;
  const next = (): number => {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= bytes.length) throw new OrdinalListError('truncated positions');
      if (shift > 28) throw new OrdinalListError('position varint too long');
      const byte = bytes[at++]!;
      v += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return v;
    }
  };
  for (let i = 0; i < postings; i++) {
    starts[i] = n;
    const count = next();
    if (count === 0 || count > bytes.length) throw new OrdinalListError(`article ${i}: ${count} positions`);
    let offset = next();
    offsets[n++] = offset;
    for (let k = 1; k < count; k++) {
      offset += next() + 1;
      if (offset > 0x7fffffff) throw new OrdinalListError('position beyond any text');
      offsets[n++] = offset;
    }
  }
  if (at !== bytes.length) throw new OrdinalListError('positions longer than their list');
  starts[postings] = n;
  return { starts, offsets: offsets.subarray(0, n) };
}

/**
 * The placements of a term that cover every character of it at the least cost, where
 * `cost(key)` is what the key's positions cost to fetch beyond a key's own work (0 when
 * at hand), or null when the index has none for it (too common to keep). Null when no cover exists: the term cannot be checked by
 * positions. Linear in the term's length (a shortest path over the cover's end).
 */
export function cheapestCover(termLength: number, placements: readonly KeyPlacement[], cost: (key: string) => number | null): KeyPlacement[] | null {
  // best[c]: the cheapest way to cover term[0, c); a placement at offset o extends any c ≥ o.
  const best: ({ total: number; via: KeyPlacement | null; from: number } | null)[] = new Array(termLength + 1).fill(null);
  best[0] = { total: 0, via: null, from: -1 };
  const byOffset = [...placements].sort((a, b) => a.offset - b.offset);
  for (let c = 0; c < termLength; c++) {
    const here = best[c];
    if (!here) continue;
    for (const p of byOffset) {
      if (p.offset > c) break;
      const end = p.offset + p.length;
      if (end <= c) continue;
      const price = cost(p.key);
      if (price === null) continue;
      // Each key counts one besides its price: of equal prices, fewer keys are less to check.
      const total = here.total + price + 1;
      const there = best[end];
      if (!there || total < there.total) best[end] = { total, via: p, from: c };
    }
  }
  if (!best[termLength]) return null;
  const out: KeyPlacement[] = [];
  for (let c = termLength; c > 0; c = best[c]!.from) out.push(best[c]!.via!);
  return out.reverse();
}

/**
 * Whether the term occurs in one article, given the offsets of each placement's key in
 * it (ascending): some p with p + placement.offset among its key's offsets for every
 * placement. Linear in the offsets: the first placement's offsets propose each p.
 */
export function occursInArticle(cover: readonly KeyPlacement[], offsetsOf: readonly Int32Array[]): boolean {
  if (cover.length === 0) return false;
  const first = offsetsOf[0]!;
  const cursors = new Int32Array(cover.length);
  for (let i = 0; i < first.length; i++) {
    const p = first[i]! - cover[0]!.offset;
    let all = true;
    for (let c = 1; c < cover.length; c++) {
      const want = p + cover[c]!.offset;
      const list = offsetsOf[c]!;
      let at = cursors[c]!;
      while (at < list.length && list[at]! < want) at++;
      cursors[c] = at;
      if (at >= list.length) return false;
      if (list[at] !== want) all = false;
    }
    if (all) return true;
  }
  return false;
}
