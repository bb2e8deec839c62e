import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { SearchEntry, SearchList, SearchPositions, SearchShard } from '../../../shared/bundle-types';
import { encodeOrdinalVarints, toBase64Url } from '../../../shared/ordinal-list';
import { bigramOfKey } from '../../../shared/search-text';
import { compareKeys, DROPPED, F, KEY_WORDS, readVarint, RUN_HEADER_BYTES, RUN_MAGIC, writeVarint } from './run-format';
import { SKETCH_REGISTERS } from './distinct-keys';
import { POSITIONS_CAP_BYTES } from './run-builder';
import { searchFileName } from '../../../shared/search-file-name';

/**
 * Sizes of the files a merge writes, measured on generated corpora (README, "Search"):
 * a list longer than `inlineListChars` once encoded gets a file of its own, so a shard
 * stays a few KB whatever the corpus; positions of up to `inlinePositionsChars` ride in
 * their entry (most keys are rare, their positions a few bytes), longer ones go to the
 * shard's positions files of about `positionsFileChars` each.
 */
export const SEARCH_FILE_SIZES = Object.freeze({ inlineListChars: 512, inlinePositionsChars: 96, positionsFileChars: 8192 });

/** The HyperLogLog sketch of a run's keys (run-format.ts), for sketchEstimate. */
export function readRunSketch(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const sketch = new Uint8Array(SKETCH_REGISTERS);
    if (readSync(fd, sketch, 0, SKETCH_REGISTERS, size - 4 - SKETCH_REGISTERS) !== SKETCH_REGISTERS) throw new Error(`${path}: truncated`);
    return sketch;
  } finally {
    closeSync(fd);
  }
}

/** One merge: the shards [shardFrom, shardTo) of one segment, from its runs. */
export interface MergeTask {
  /** The segment's runs, in ordinal order. */
  readonly runs: readonly string[];
  readonly name: string;
  readonly shards: number;
  readonly shardFrom: number;
  readonly shardTo: number;
  /** The bundle's search folder. */
  readonly dir: string;
}

/** Reads a run's key records in order, from a byte offset, through a buffer. */
class RunReader {
  private buffer = new Uint8Array(1 << 16);
  private start = 0;
  private length = 0;
  private at: number;
  private readonly end: number;
  private readonly fd: number;
  /** The current record's fields (F), valid while `done` is false. */
  readonly fields = new Uint32Array(KEY_WORDS);
  done = false;
  /** The current record's streams, views valid until `advance`. */
  all: Uint8Array = new Uint8Array(0);
  title: Uint8Array = new Uint8Array(0);
  frequent: Uint8Array = new Uint8Array(0);
  positions: Uint8Array | null = null;

  constructor(path: string, fromHash: number) {
    this.fd = openSync(path, 'r');
    const header = this.view(0, RUN_HEADER_BYTES);
    if (header.getUint32(0, true) !== RUN_MAGIC) throw new Error(`${path}: not a search run`);
    const entries = header.getUint32(8, true);
    this.end = this.view(fstatSync(this.fd).size - 4, 4).getUint32(0, true);
    const index = this.view(this.end, entries * 8);
    // Start at the last indexed record before the first hash wanted; scan from there.
    let from = RUN_HEADER_BYTES;
    for (let e = 0; e < entries; e++) {
      if (index.getUint32(e * 8, true) >= fromHash) break;
      from = index.getUint32(e * 8 + 4, true);
    }
    this.at = from;
    this.advance();
    while (!this.done && this.fields[F.hash]! < fromHash) this.advance();
  }

  /** `n` bytes at `offset`, through the buffer; valid until the next read. */
  private read(offset: number, n: number): Uint8Array {
    if (offset < this.start || offset + n > this.start + this.length) {
      if (n > this.buffer.length) this.buffer = new Uint8Array(2 ** Math.ceil(Math.log2(n)));
      this.start = offset;
      this.length = 0;
      while (this.length < this.buffer.length) {
        const got = readSync(this.fd, this.buffer, this.length, this.buffer.length - this.length, offset + this.length);
        if (got === 0) break;
        this.length += got;
      }
      if (this.length < n) throw new Error('search run truncated');
    }
    return this.buffer.subarray(offset - this.start, offset - this.start + n);
  }

  private view(offset: number, n: number): DataView {
    const bytes = this.read(offset, n);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  advance(): void {
    if (this.at >= this.end) {
      this.done = true;
      return;
    }
    // The record and its streams in one read, so the views below stay valid together.
    const head = this.read(this.at, KEY_WORDS * 4);
    const f = this.fields;
    for (let w = 0, b = 0; w < KEY_WORDS; w++, b += 4) f[w] = (head[b]! | (head[b + 1]! << 8) | (head[b + 2]! << 16) | (head[b + 3]! << 24)) >>> 0;
    const dropped = f[F.positionsBytes] === DROPPED;
    const streams = f[F.allBytes]! + f[F.titleBytes]! + f[F.frequentBytes]! + (dropped ? 0 : f[F.positionsBytes]!);
    const body = this.read(this.at, KEY_WORDS * 4 + streams);
    let at = KEY_WORDS * 4;
    const take = (n: number) => body.subarray(at, (at += n));
    this.all = take(f[F.allBytes]!);
    this.title = take(f[F.titleBytes]!);
    this.frequent = take(f[F.frequentBytes]!);
    this.positions = dropped ? null : take(f[F.positionsBytes]!);
    this.at += KEY_WORDS * 4 + streams;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** A growable byte buffer, reused from key to key. */
class Bytes {
  data = new Uint8Array(1 << 12);
  length = 0;

  ensure(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const grown = new Uint8Array(Math.max(this.data.length * 2, this.length + extra));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  append(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.data.set(bytes, this.length);
    this.length += bytes.length;
  }
}

/** An ordinal list in its "d" varints, concatenated from runs in ordinal order. */
class ListJoin {
  readonly bytes = new Bytes();
  count = 0;
  last = -1;

  reset(): void {
    this.bytes.length = 0;
    this.count = 0;
    this.last = -1;
  }

  /** Appends a run's part: its first varint is absolute, so it becomes a gap from `last`. */
  add(stream: Uint8Array, count: number, last: number): void {
    if (count === 0) return;
    if (this.count === 0) this.bytes.append(stream);
    else {
      const [first, rest] = readVarint(stream, 0);
      this.bytes.ensure(5 + stream.length);
      this.bytes.length = writeVarint(this.bytes.data, this.bytes.length, first - this.last - 1);
      this.bytes.append(stream.subarray(rest));
    }
    this.count += count;
    this.last = last;
  }

  encode(): string {
    return encodeOrdinalVarints(this.bytes.data, this.bytes.length, this.count, this.last);
  }
}

/**
 * Merges a segment's runs over a range of its shards and writes their files: shards,
 * long lists, positions (formats in src/shared/bundle-types.ts). Keys come out of every
 * run in hash order, and a shard is a range of hashes, so each shard is complete when
 * the merge passes it: memory is one shard's entries, whatever the corpus. Deterministic:
 * the same runs' contents give the same files, however the articles were cut into runs.
 */
export function mergeRuns(task: MergeTask): void {
  const bits = 31 - Math.clz32(task.shards);
  const shardOfHash = (hash: number) => (bits === 0 ? 0 : hash >>> (32 - bits));
  const fromHash = bits === 0 || task.shardFrom === 0 ? 0 : (task.shardFrom * 2 ** (32 - bits)) >>> 0;
  const readers = task.runs.map((path) => new RunReader(path, fromHash));
  const write = (local: string, value: unknown) => writeFileSync(join(task.dir, `${searchFileName(task.name, local)}.json`), JSON.stringify(value));
  try {
    const all = new ListJoin();
    const title = new ListJoin();
    const frequent = new ListJoin();
    const positions = new Bytes();
    let shard = task.shardFrom;
    let entries: SearchEntry[] = [];
    let lists = 0;
    let chunks: SearchPositions['entries'][number][][] = [];
    let chunk: SearchPositions['entries'][number][] = [];
    let chunkChars = 0;
    const closeChunk = () => {
      if (chunk.length === 0) return;
      chunks.push(chunk);
      chunk = [];
      chunkChars = 0;
    };
    const flushShard = () => {
      closeChunk();
      chunks.forEach((c, j) => write(`p${shard}-${j}`, { entries: c } satisfies SearchPositions));
      write(`s${shard}`, { entries } satisfies SearchShard);
      entries = [];
      chunks = [];
      lists = 0;
      shard++;
    };
    for (;;) {
      // The smallest (hash, key) among the runs' heads; runs are few (tens), so a scan beats a heap.
      let head: RunReader | null = null;
      for (const reader of readers) {
        if (reader.done) continue;
        const r = reader.fields;
        if (head === null || compareKeys(r[F.hash]!, r[F.key]!, head.fields[F.hash]!, head.fields[F.key]!) < 0) head = reader;
      }
      if (head === null || shardOfHash(head.fields[F.hash]!) >= task.shardTo) break;
      const key = head.fields[F.key]!;
      const hash = head.fields[F.hash]!;
      while (shard < shardOfHash(hash)) flushShard();
      all.reset();
      title.reset();
      frequent.reset();
      positions.length = 0;
      let keepPositions = true;
      for (const reader of readers) {
        const r = reader.fields;
        if (reader.done || r[F.key] !== key || r[F.hash] !== hash) continue;
        all.add(reader.all, r[F.count]!, r[F.last]!);
        title.add(reader.title, r[F.titleCount]!, r[F.titleLast]!);
        frequent.add(reader.frequent, r[F.frequentCount]!, r[F.frequentLast]!);
        if (reader.positions === null || positions.length + reader.positions.length > POSITIONS_CAP_BYTES) keepPositions = false;
        else if (keepPositions) positions.append(reader.positions);
        reader.advance();
      }
      const bigram = bigramOfKey(key);
      let ordinals = all.encode();
      let frequentList = frequent.encode();
      if (ordinals.length > SEARCH_FILE_SIZES.inlineListChars) {
        const j = lists++;
        write(`l${shard}-${j}`, { key: bigram, count: all.count, ordinals, frequent: frequentList } satisfies SearchList);
        ordinals = `@${j}`;
        frequentList = '';
      }
      // Positions stay out of the lists: a query of one key, or one whose lists meet in no
      // article, never needs them. Small ones ride in their entry; the rest share files.
      let located = '';
      if (keepPositions) {
        const encoded = toBase64Url(positions.data, positions.length);
        if (encoded.length <= SEARCH_FILE_SIZES.inlinePositionsChars && !ordinals.startsWith('@')) located = `=${encoded}`;
        else {
          if (chunkChars + encoded.length > SEARCH_FILE_SIZES.positionsFileChars) closeChunk();
          located = `#${chunks.length}`;
          chunk.push([bigram, encoded]);
          chunkChars += encoded.length + bigram.length + 8;
        }
      }
      entries.push([bigram, all.count, ordinals, title.encode(), frequentList, located]);
    }
    while (shard < task.shardTo) flushShard();
  } finally {
    for (const reader of readers) reader.close();
  }
}
