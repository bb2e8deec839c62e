import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchKeys } from './steps/index-search-text';

/** Where one article's keys sit in the spill file. */
export interface SpillRecord {
  readonly offset: number;
  readonly keys: number;
  readonly title: number;
  readonly frequent: number;
}

export interface SearchSpill {
  /** Appends an article's keys; returns where they went. */
  write(search: SearchKeys): SpillRecord;
  /** Reads back what write stored. */
  read(record: SpillRecord): SearchKeys;
  /** Keys written so far, over all records (duplicates' too). */
  readonly totalKeys: number;
  /** Closes and deletes the file. Safe to call twice. */
  dispose(): void;
}

const BUFFER_BYTES = 1 << 20;

/**
 * The articles' search keys on disk between processing and the index build: about 4 KB
 * an article, 400 MB at 100,000 articles, which the orchestrator must not hold. Written
 * in arrival order (workers finish in any order), read back in ordinal order.
 */
export function openSearchSpill(dir: string = tmpdir()): SearchSpill {
  const path = join(dir, `ducai-search-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.bin`);
  const fd = openSync(path, 'w+');
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let buffered = 0;
  let flushedBytes = 0;
  let totalKeys = 0;
  let open = true;
  const flush = (): void => {
    let done = 0;
    while (done < buffered) done += writeSync(fd, buffer, done, buffered - done, flushedBytes + done);
    flushedBytes += buffered;
    buffered = 0;
  };
  return {
    write(search) {
      const bytes = (search.keys.length + search.title.length + search.frequent.length) * 4;
      if (buffered + bytes > buffer.length) flush();
      if (bytes > buffer.length) buffer = Buffer.allocUnsafe(bytes);
      const record = { offset: flushedBytes + buffered, keys: search.keys.length, title: search.title.length, frequent: search.frequent.length };
      for (const keys of [search.keys, search.title, search.frequent]) {
        for (let i = 0; i < keys.length; i++) buffer.writeUInt32LE(keys[i]!, buffered + i * 4);
        buffered += keys.length * 4;
      }
      totalKeys += search.keys.length;
      return record;
    },
    read(record) {
      if (buffered > 0) flush();
      const bytes = Buffer.allocUnsafe((record.keys + record.title + record.frequent) * 4);
      let done = 0;
      while (done < bytes.length) {
        const n = readSync(fd, bytes, done, bytes.length - done, record.offset + done);
        if (n === 0) throw new Error(`search spill ${path}: truncated at ${record.offset}`);
        done += n;
      }
      const all = new Uint32Array(record.keys + record.title + record.frequent);
      for (let i = 0; i < all.length; i++) all[i] = bytes.readUInt32LE(i * 4);
      const titleEnd = record.keys + record.title;
      return { keys: all.subarray(0, record.keys), title: all.subarray(record.keys, titleEnd), frequent: all.subarray(titleEnd) };
    },
    get totalKeys() {
      return totalKeys;
    },
    dispose() {
      if (!open) return;
      open = false;
      closeSync(fd);
      rmSync(path, { force: true });
    },
  };
}
