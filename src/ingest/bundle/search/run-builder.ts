import { FREQUENT_BIGRAM, searchKeyHash } from '../../../shared/search-text';
import { sketchAdd, SKETCH_REGISTERS } from './distinct-keys';
import { DROPPED, KEY_WORDS, RUN_HEADER_BYTES, RUN_INDEX_EVERY, RUN_MAGIC, varintBytes, writeVarint } from './run-format';

/**
 * Positions kept per key and segment, in varint bytes: a key's positions cost a query at
 * most this (about 16 KB of base64), and a key common enough to need more (它, 中国) is
 * left to the text check. Far more than a rare key needs, far less than a common one.
 */
export const POSITIONS_CAP_BYTES = 12_288;

/**
 * Open addressing from key to slot in typed arrays: a Map of 100,000s of number keys
 * costs several times more per lookup. Key and slot sit side by side in one array, so a
 * lookup in a table too large for the cache costs one miss, not two.
 */
class KeySlots {
  /** Pairs [key, slot + 1]; slot + 1 = 0 marks an empty place. Probed directly by RunBuilder.add. */
  table = new Uint32Array(1 << 17);
  keys = new Uint32Array(1 << 15);
  size = 0;

  /** The key's slot, or -1 when it has none. */
  find(key: number): number {
    const mask = (this.table.length >>> 1) - 1;
    for (let at = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; ; at = (at + 1) & mask) {
      const slot = this.table[2 * at + 1]!;
      if (slot === 0) return -1;
      if (this.table[2 * at] === key) return slot - 1;
    }
  }

  /** The key's slot, added if new. */
  slot(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    const slot = this.size++;
    if (slot >= this.keys.length) this.keys = grow(this.keys, this.keys.length * 2);
    this.keys[slot] = key;
    this.place(key, slot);
    if (this.size * 4 > this.table.length) {
      this.table = new Uint32Array(this.table.length * 2);
      for (let s = 0; s < this.size; s++) this.place(this.keys[s]!, s);
    }
    return slot;
  }

  private place(key: number, slot: number): void {
    const mask = (this.table.length >>> 1) - 1;
    let at = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.table[2 * at + 1] !== 0) at = (at + 1) & mask;
    this.table[2 * at] = key;
    this.table[2 * at + 1] = slot + 1;
  }
}

function grow<T extends Uint32Array | Int32Array | Uint8Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (n: number) => T)(length);
  grown.set(array);
  return grown;
}

/** The base-40 digit of each figure character (digits, lower-case letters, . % + -), else -1, for every UTF-16 unit. */
const FIGURE = new Int8Array(65536).fill(-1);
for (let c = 48; c <= 57; c++) FIGURE[c] = c - 48;
for (let c = 97; c <= 122; c++) FIGURE[c] = c - 87;
FIGURE[46] = 36;
FIGURE[37] = 37;
FIGURE[43] = 38;
FIGURE[45] = 39;
const figure = (code: number): number => FIGURE[code]!;

/** Whether a key occurs often enough in an article to rank it above single mentions. */
export function isFrequent(count: number): boolean {
  return count >= FREQUENT_BIGRAM;
}

// One article's keys while it is read, in a small table of their own (it stays in the
// fastest cache, where the run's table would not): the table stamped with the article
// that filled each slot, so no article pays for clearing it; the keys in order of first
// occurrence with their counts; each occurrence (its key's index, its offset) in text
// order. Module-level and reused: allocating per article was a fifth of the cost.
let tableBits = 13;
let tableKeys = new Uint32Array(1 << tableBits);
let tableStamps = new Uint32Array(1 << tableBits);
let tableIndex = new Uint32Array(1 << tableBits);
let stamp = 0;
let localKeys = new Uint32Array(1 << 12);
let localCount = new Uint32Array(1 << 12);
let occurrenceKey = new Uint32Array(1 << 12);
let occurrenceAt = new Uint32Array(1 << 12);

function prepareArticle(units: number): void {
  if (units * 4 > tableKeys.length) {
    while (units * 4 > 1 << tableBits) tableBits++;
    tableKeys = new Uint32Array(1 << tableBits);
    tableStamps = new Uint32Array(1 << tableBits);
    tableIndex = new Uint32Array(1 << tableBits);
    stamp = 0;
  }
  if (units * 2 > occurrenceKey.length) {
    localKeys = new Uint32Array(units * 2);
    localCount = new Uint32Array(units * 2);
    occurrenceKey = new Uint32Array(units * 2);
    occurrenceAt = new Uint32Array(units * 2);
  }
  if (++stamp === 0x1_0000_0000) {
    tableStamps.fill(0);
    stamp = 1;
  }
}

/** The article table's index of `key`, or -1. */
function localIndexOf(key: number): number {
  const mask = (1 << tableBits) - 1;
  for (let at = Math.imul(key, 0x9e3779b1) >>> (32 - tableBits); tableStamps[at] === stamp; at = (at + 1) & mask) {
    if (tableKeys[at] === key) return tableIndex[at]!;
  }
  return -1;
}

/**
 * Collects the postings of consecutive articles of one segment and writes them as a run
 * (run-format.ts). Reads each article's text once, keys as src/shared/search-text.ts
 * defines them (textKeyOccurrences; the tests hold this to it), and logs per article its
 * keys' run slots, counts, title flags and positions — about 25 bytes an occurrence — so
 * the caller flushes when `bytes` reaches its budget; the flush inverts the log by
 * counting, twice over it, linear in its size.
 */
export class RunBuilder {
  private slots = new KeySlots();
  private ordinals = new Int32Array(256);
  private keyEnds = new Int32Array(256);
  /** The run's slot of each logged key. */
  private keys = new Int32Array(1 << 16);
  private counts = new Uint32Array(1 << 16);
  private titles = new Uint8Array(1 << 16);
  private positions = new Uint32Array(1 << 17);
  private articles = 0;
  private keyCount = 0;
  private positionCount = 0;

  /** Bytes the log holds. */
  get bytes(): number {
    return this.keyCount * 9 + this.positionCount * 4 + this.slots.size * 16;
  }

  get isEmpty(): boolean {
    return this.articles === 0;
  }

  /**
   * Adds an article by its normalized text and title (normalizeSearchText): `ordinal` is
   * segment-relative and above every ordinal added before. The title's keys are flagged
   * where the text has them too (the text begins with the title). Linear in the text.
   */
  add(ordinal: number, text: string, title: string): void {
    const length = text.length;
    prepareArticle(length);
    const mask = (1 << tableBits) - 1;
    const shift = 32 - tableBits;
    let n = 0;
    let occurrences = 0;
    let f1 = length > 0 ? figure(text.charCodeAt(0)) : -1;
    let f2 = length > 1 ? figure(text.charCodeAt(1)) : -1;
    for (let i = 0; i + 1 < length; i++) {
      const f0 = f1;
      f1 = f2;
      const c0 = text.charCodeAt(i);
      const c1 = text.charCodeAt(i + 1);
      f2 = i + 2 < length ? figure(text.charCodeAt(i + 2)) : -1;
      if (c0 === 32 || c1 === 32) continue;
      // The bigram here, then the trigram where three figure characters start here.
      const trigram = f0 >= 0 && f1 >= 0 && f2 >= 0 ? 1 + (f0 * 40 + f1) * 40 + f2 : 0;
      for (let key = ((c0 << 16) | c1) >>> 0; key !== 0; key = key === trigram ? 0 : trigram) {
        let at = Math.imul(key, 0x9e3779b1) >>> shift;
        let index = -1;
        while (tableStamps[at] === stamp) {
          if (tableKeys[at] === key) {
            index = tableIndex[at]!;
            break;
          }
          at = (at + 1) & mask;
        }
        if (index < 0) {
          tableStamps[at] = stamp;
          tableKeys[at] = key;
          tableIndex[at] = index = n;
          localKeys[n] = key;
          localCount[n++] = 0;
        }
        localCount[index]!++;
        occurrenceKey[occurrences] = index;
        occurrenceAt[occurrences++] = i;
      }
    }
    this.reserve(n, occurrences);
    const base = this.keyCount;
    const slots = this.slots;
    const log = this.keys;
    for (let k = 0; k < n; k++) {
      // The run table's probe inline (slots.slot for a new key): most keys are there already.
      const key = localKeys[k]!;
      const table = slots.table;
      const tableMask = (table.length >>> 1) - 1;
      let at = (Math.imul(key, 0x9e3779b1) >>> 0) & tableMask;
      let slot = table[2 * at + 1]!;
      while (slot !== 0 && table[2 * at] !== key) {
        at = (at + 1) & tableMask;
        slot = table[2 * at + 1]!;
      }
      log[base + k] = slot === 0 ? slots.slot(key) : slot - 1;
    }
    this.counts.set(localCount.subarray(0, n), base);
    this.titles.fill(0, base, base + n);
    // Each key's run of positions, in key order; the log is in text order, so each run ascends.
    let sum = this.positionCount;
    for (let k = 0; k < n; k++) {
      const c = localCount[k]!;
      localCount[k] = sum;
      sum += c;
    }
    for (let o = 0; o < occurrences; o++) this.positions[localCount[occurrenceKey[o]!]!++] = occurrenceAt[o]!;
    for (let i = 0; i + 1 < title.length; i++) {
      const c0 = title.charCodeAt(i);
      const c1 = title.charCodeAt(i + 1);
      if (c0 === 32 || c1 === 32) continue;
      const t0 = figure(c0);
      const t1 = figure(c1);
      const t2 = i + 2 < title.length ? figure(title.charCodeAt(i + 2)) : -1;
      const trigram = t0 >= 0 && t1 >= 0 && t2 >= 0 ? 1 + (t0 * 40 + t1) * 40 + t2 : 0;
      for (let key = ((c0 << 16) | c1) >>> 0; key !== 0; key = key === trigram ? 0 : trigram) {
        const index = localIndexOf(key);
        if (index >= 0) this.titles[base + index] = 1;
      }
    }
    this.keyCount += n;
    this.positionCount = sum;
    this.ordinals[this.articles] = ordinal;
    this.keyEnds[this.articles++] = this.keyCount;
  }

  private reserve(keys: number, positions: number): void {
    if (this.articles === this.ordinals.length) {
      const n = this.articles * 2;
      this.ordinals = grow(this.ordinals, n);
      this.keyEnds = grow(this.keyEnds, n);
    }
    if (this.keyCount + keys > this.keys.length) {
      const n = Math.max(this.keys.length * 2, this.keyCount + keys);
      this.keys = grow(this.keys, n);
      this.counts = grow(this.counts, n);
      this.titles = grow(this.titles, n);
    }
    if (this.positionCount + positions > this.positions.length) {
      this.positions = grow(this.positions, Math.max(this.positions.length * 2, this.positionCount + positions));
    }
  }

  /** The run of everything added since the last flush (run-format.ts); empties the log. */
  flush(): Uint8Array {
    const slots = this.slots;
    const slotOf = this.keys;
    const n = slots.size;
    const count = new Uint32Array(n);
    const allBytes = new Uint32Array(n);
    const titleCount = new Uint32Array(n);
    const titleBytes = new Uint32Array(n);
    const frequentCount = new Uint32Array(n);
    const frequentBytes = new Uint32Array(n);
    const positionsBytes = new Uint32Array(n);
    const last = new Int32Array(n).fill(-1);
    const titleLast = new Int32Array(n).fill(-1);
    const frequentLast = new Int32Array(n).fill(-1);
    const { ordinals, keyEnds, titles, counts, positions } = this;

    // Pass one: every stream's length, so each key's record has its place before it is
    // written. A key's positions stop being measured once over the cap: the common keys,
    // whose positions are most of the text, are dropped early in the run.
    for (let a = 0, i = 0, p = 0; a < this.articles; a++) {
      const ordinal = ordinals[a]!;
      for (const end = keyEnds[a]!; i < end; i++) {
        const s = slotOf[i]!;
        count[s]!++;
        allBytes[s]! += varintBytes(last[s]! < 0 ? ordinal : ordinal - last[s]! - 1);
        last[s] = ordinal;
        if (titles[i]) {
          titleCount[s]!++;
          titleBytes[s]! += varintBytes(titleLast[s]! < 0 ? ordinal : ordinal - titleLast[s]! - 1);
          titleLast[s] = ordinal;
        }
        const occurrences = counts[i]!;
        if (isFrequent(occurrences)) {
          frequentCount[s]!++;
          frequentBytes[s]! += varintBytes(frequentLast[s]! < 0 ? ordinal : ordinal - frequentLast[s]! - 1);
          frequentLast[s] = ordinal;
        }
        const p1 = p + occurrences;
        if (positionsBytes[s] !== DROPPED) {
          let bytes = positionsBytes[s]! + varintBytes(occurrences) + varintBytes(positions[p]!);
          for (let q = p + 1; q < p1 && bytes <= POSITIONS_CAP_BYTES; q++) bytes += varintBytes(positions[q]! - positions[q - 1]! - 1);
          positionsBytes[s] = bytes > POSITIONS_CAP_BYTES ? DROPPED : bytes;
        }
        p = p1;
      }
    }

    const hashes = new Uint32Array(n);
    for (let s = 0; s < n; s++) hashes[s] = searchKeyHash(slots.keys[s]!);
    const order = Array.from({ length: n }, (_, s) => s).sort((a, b) => hashes[a]! - hashes[b]! || slots.keys[a]! - slots.keys[b]!);
    const indexEntries = Math.ceil(n / RUN_INDEX_EVERY);
    let size = RUN_HEADER_BYTES;
    for (let s = 0; s < n; s++) {
      size += KEY_WORDS * 4 + allBytes[s]! + titleBytes[s]! + frequentBytes[s]! + (positionsBytes[s] === DROPPED ? 0 : positionsBytes[s]!);
    }
    const indexAt = size;
    const out = new Uint8Array(size + indexEntries * 8 + SKETCH_REGISTERS + 4);
    const sketch = out.subarray(size + indexEntries * 8, size + indexEntries * 8 + SKETCH_REGISTERS);
    for (let s = 0; s < n; s++) sketchAdd(sketch, hashes[s]!);
    const view = new DataView(out.buffer);
    view.setUint32(0, RUN_MAGIC, true);
    view.setUint32(4, n, true);
    view.setUint32(8, indexEntries, true);
    view.setUint32(12, this.articles > 0 ? ordinals[0]! : 0, true);
    const allAt = new Float64Array(n);
    const titleAt = new Float64Array(n);
    const frequentAt = new Float64Array(n);
    const positionsAt = new Float64Array(n);
    let at = RUN_HEADER_BYTES;
    for (let rank = 0; rank < n; rank++) {
      const s = order[rank]!;
      if (rank % RUN_INDEX_EVERY === 0) {
        view.setUint32(indexAt + (rank / RUN_INDEX_EVERY) * 8, hashes[s]!, true);
        view.setUint32(indexAt + (rank / RUN_INDEX_EVERY) * 8 + 4, at, true);
      }
      const fields = [
        slots.keys[s]!,
        hashes[s]!,
        count[s]!,
        last[s]!,
        allBytes[s]!,
        titleCount[s]!,
        titleLast[s]! >>> 0,
        titleBytes[s]!,
        frequentCount[s]!,
        frequentLast[s]! >>> 0,
        frequentBytes[s]!,
        positionsBytes[s]!,
      ];
      for (let f = 0; f < KEY_WORDS; f++) view.setUint32(at + f * 4, fields[f]!, true);
      at += KEY_WORDS * 4;
      allAt[s] = at;
      at += allBytes[s]!;
      titleAt[s] = at;
      at += titleBytes[s]!;
      frequentAt[s] = at;
      at += frequentBytes[s]!;
      positionsAt[s] = at;
      if (positionsBytes[s] !== DROPPED) at += positionsBytes[s]!;
    }
    view.setUint32(out.length - 4, indexAt, true);

    // Pass two: the streams themselves, each at its cursor.
    last.fill(-1);
    titleLast.fill(-1);
    frequentLast.fill(-1);
    for (let a = 0, i = 0, p = 0; a < this.articles; a++) {
      const ordinal = ordinals[a]!;
      for (const end = keyEnds[a]!; i < end; i++) {
        const s = slotOf[i]!;
        allAt[s] = writeVarint(out, allAt[s]!, last[s]! < 0 ? ordinal : ordinal - last[s]! - 1);
        last[s] = ordinal;
        if (titles[i]) {
          titleAt[s] = writeVarint(out, titleAt[s]!, titleLast[s]! < 0 ? ordinal : ordinal - titleLast[s]! - 1);
          titleLast[s] = ordinal;
        }
        const occurrences = counts[i]!;
        if (isFrequent(occurrences)) {
          frequentAt[s] = writeVarint(out, frequentAt[s]!, frequentLast[s]! < 0 ? ordinal : ordinal - frequentLast[s]! - 1);
          frequentLast[s] = ordinal;
        }
        const p1 = p + occurrences;
        if (positionsBytes[s] !== DROPPED) {
          let w = writeVarint(out, positionsAt[s]!, occurrences);
          w = writeVarint(out, w, positions[p]!);
          for (let q = p + 1; q < p1; q++) w = writeVarint(out, w, positions[q]! - positions[q - 1]! - 1);
          positionsAt[s] = w;
        }
        p = p1;
      }
    }
    this.slots = new KeySlots();
    this.articles = 0;
    this.keyCount = 0;
    this.positionCount = 0;
    return out;
  }
}
