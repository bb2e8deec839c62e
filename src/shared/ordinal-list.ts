/**
 * Sorted lists of ordinals (a facet's articles), encoded compactly as text for JSON:
 *
 * - `""` — the empty list;
 * - `"d" + base64url(varints)` — the first ordinal, then each gap minus one, as unsigned
 *   LEB128 varints: a sparse list costs one or two bytes an article;
 * - `"b" + base64url(bitmap)` — bit (o % 8) of byte ⌊o / 8⌋ is set for each ordinal o:
 *   an eighth of a byte per article of the corpus, whatever the density.
 *
 * The encoder picks the shorter. The decoder takes untrusted text: anything that is not
 * a strictly ascending list below `limit` throws, never yields a wrong list.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export class OrdinalListError extends Error {
  override readonly name = 'OrdinalListError';
}

/** base64url without padding of `bytes[0..length)`; the alphabet of every encoded list of the bundle. */
export function toBase64Url(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < length ? bytes[i + 1]! : 0;
    const c = i + 2 < length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (i + 1 < length) out += ALPHABET[(n >> 6) & 63]!;
    if (i + 2 < length) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** The bytes of base64url text from `start` on; throws OrdinalListError on anything else. */
export function fromBase64Url(text: string, start: number): Uint8Array {
  const chars = text.length - start;
  if (chars % 4 === 1) throw new OrdinalListError('truncated base64');
  const out = new Uint8Array(Math.floor((chars * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? DECODE[code]! : -1;
    if (digit < 0) throw new OrdinalListError(`not base64url at ${i}`);
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Encodes strictly ascending, non-negative integer ordinals. Throws on anything else. */
export function encodeOrdinals(ordinals: ArrayLike<number>): string {
  const builder = new OrdinalListBuilder();
  for (let i = 0; i < ordinals.length; i++) builder.add(ordinals[i]!);
  return builder.encode();
}

/**
 * Builds an encoded list one ordinal at a time, holding only its varints (one or two
 * bytes an ordinal): the search index builds 100,000s of lists at once this way.
 */
export class OrdinalListBuilder {
  private varints = new Uint8Array(8);
  private length = 0;
  private last = -1;
  count = 0;

  /** Appends an ordinal above every ordinal added so far. Throws on anything else. */
  add(ordinal: number): void {
    if (!Number.isInteger(ordinal) || ordinal <= this.last || ordinal > 0x7fffffff) {
      throw new OrdinalListError(`ordinal ${ordinal} at ${this.count} is not ascending`);
    }
    if (this.length + 5 > this.varints.length) {
      const grown = new Uint8Array(this.varints.length * 2);
      grown.set(this.varints.subarray(0, this.length));
      this.varints = grown;
    }
    let v = this.count === 0 ? ordinal : ordinal - this.last - 1;
    while (v >= 0x80) {
      this.varints[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.varints[this.length++] = v;
    this.last = ordinal;
    this.count++;
  }

  /** The list as encodeOrdinals writes it: delta varints or a bitmap, whichever is shorter. */
  encode(): string {
    return encodeOrdinalVarints(this.varints, this.length, this.count, this.last);
  }
}

/**
 * A list given as the varints of its "d" form (`length` bytes: the first ordinal, then
 * each gap minus one) with `count` ordinals, the largest `last`: that form, or the
 * bitmap when shorter. For builders that write the varints themselves.
 */
export function encodeOrdinalVarints(varints: Uint8Array, length: number, count: number, last: number): string {
  if (count === 0) return '';
  const bitmapLength = (last >> 3) + 1;
  if (bitmapLength >= length) return `d${toBase64Url(varints, length)}`;
  const bitmap = new Uint8Array(bitmapLength);
  let ordinal = -1;
  let v = 0;
  let shift = 0;
  let first = true;
  for (let i = 0; i < length; i++) {
    const byte = varints[i]!;
    v += (byte & 0x7f) * 2 ** shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    ordinal = first ? v : ordinal + 1 + v;
    first = false;
    bitmap[ordinal >> 3]! |= 1 << (ordinal & 7);
    v = 0;
    shift = 0;
  }
  return `b${toBase64Url(bitmap, bitmapLength)}`;
}

/**
 * Decodes a list made by encodeOrdinals. `limit`: every ordinal must be below it (the
 * article count); `count`, when given, must be the list's length.
 */
export function decodeOrdinals(text: string, limit: number, count?: number): Int32Array {
  if (text === '') {
    if (count !== undefined && count !== 0) throw new OrdinalListError(`empty, expected ${count}`);
    return new Int32Array(0);
  }
  const kind = text[0];
  const bytes = fromBase64Url(text, 1);
  let out: Int32Array;
  if (kind === 'b') {
    if (bytes.length * 8 > limit + 7) throw new OrdinalListError('bitmap longer than the corpus');
    let n = 0;
    for (const byte of bytes) for (let b = byte; b !== 0; b &= b - 1) n++;
    out = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (byte === 0) continue;
      for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) out[k++] = i * 8 + bit;
    }
  } else if (kind === 'd') {
    const values: number[] = [];
    let previous = -1;
    let v = 0;
    let shift = 0;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (shift > 28) throw new OrdinalListError('varint too long');
      v += (byte & 0x7f) * 2 ** shift;
      if (byte & 0x80) {
        shift += 7;
        continue;
      }
      const ordinal = values.length === 0 ? v : previous + 1 + v;
      values.push(ordinal);
      previous = ordinal;
      v = 0;
      shift = 0;
    }
    if (shift !== 0) throw new OrdinalListError('truncated varint');
    out = Int32Array.from(values);
  } else {
    throw new OrdinalListError(`unknown encoding ${JSON.stringify(kind)}`);
  }
  if (out.length > 0 && out[out.length - 1]! >= limit) {
    throw new OrdinalListError(`ordinal ${out[out.length - 1]} beyond ${limit} articles`);
  }
  if (count !== undefined && out.length !== count) throw new OrdinalListError(`${out.length} ordinals, expected ${count}`);
  return out;
}
