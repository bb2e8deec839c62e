/**
 * A run: the index of some consecutive articles of one segment, keys in hash order, as
 * one file — what a builder task flushes and the merge concatenates (run-builder.ts,
 * merge-runs.ts). Binary, little-endian, private to one ingest run (never in the bundle).
 *
 *   header   u32 magic, u32 key count, u32 index entries, u32 first ordinal
 *   keys     per key: KEY_WORDS u32 words (the fields below), then its four streams
 *   index    per 256th key: u32 hash, u32 byte offset of its record
 *   sketch   SKETCH_REGISTERS bytes: the run's keys' HyperLogLog sketch (distinct-keys.ts)
 *   trailer  u32 byte offset of the index
 *
 * Streams are varints: `all`, `title` and `frequent` in the "d" form of
 * src/shared/ordinal-list.ts (the first ordinal, segment-relative, then each gap less
 * one); `positions` in the form of src/shared/search-positions.ts, or absent (DROPPED)
 * when the key's positions outgrew what the index keeps.
 */
export const RUN_MAGIC = 0x33525344; // "DSR3"
export const RUN_HEADER_BYTES = 16;
export const RUN_INDEX_EVERY = 256;

/** The fixed fields of a key's record, in order: each constant is its word's index. */
export const F = Object.freeze({
  key: 0,
  hash: 1,
  count: 2,
  last: 3,
  allBytes: 4,
  titleCount: 5,
  titleLast: 6,
  titleBytes: 7,
  frequentCount: 8,
  frequentLast: 9,
  frequentBytes: 10,
  positionsBytes: 11,
});
export const KEY_WORDS = 12;

/** positionsBytes of a key whose positions the run did not keep. */
export const DROPPED = 0xffffffff;

/** Bytes of an unsigned LEB128 varint. */
export function varintBytes(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x20_0000 ? 3 : v < 0x1000_0000 ? 4 : 5;
}

/** Writes an unsigned LEB128 varint at `at`; returns the offset after it. */
export function writeVarint(out: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[at++] = v;
  return at;
}

/** Reads an unsigned LEB128 varint at `at`: [value, offset after it]. */
export function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let v = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++]!;
    v += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [v, at];
  }
}

/** Order of keys in runs, shards and merges: by hash, then by key (hashes may collide). */
export function compareKeys(hashA: number, keyA: number, hashB: number, keyB: number): number {
  return hashA !== hashB ? hashA - hashB : keyA - keyB;
}
