import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Where an article's searchable text lies in a text store: its byte offset and the
 * lengths, in UTF-16 units, of the normalized text and of the normalized title after it.
 */
export type TextRef = readonly [offset: number, textUnits: number, titleUnits: number];

const BUFFER_BYTES = 1 << 20;

/**
 * An append-only file of articles' normalized searchable texts (UTF-16LE, so reading one
 * back is a copy, not a decode), between processing, which makes them, and the index
 * builder, which reads them in ordinal order from worker threads.
 */
export interface TextStoreWriter {
  readonly path: string;
  append(text: string, title: string): TextRef;
  /** Writes out what is buffered: readers see everything appended so far. */
  flush(): void;
  close(): void;
}

export function openTextStoreWriter(path: string): TextStoreWriter {
  const fd = openSync(path, 'w');
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let buffered = 0;
  let written = 0;
  let open = true;
  const flush = (): void => {
    let done = 0;
    while (done < buffered) done += writeSync(fd, buffer, done, buffered - done, written + done);
    written += buffered;
    buffered = 0;
  };
  return {
    path,
    append(text, title) {
      const bytes = (text.length + title.length) * 2;
      if (buffered + bytes > buffer.length) flush();
      if (bytes > buffer.length) buffer = Buffer.allocUnsafe(bytes);
      const ref: TextRef = [written + buffered, text.length, title.length];
      buffered += buffer.write(text, buffered, 'utf16le');
      buffered += buffer.write(title, buffered, 'utf16le');
      return ref;
    },
    flush,
    close() {
      if (!open) return;
      open = false;
      flush();
      closeSync(fd);
    },
  };
}

/** Reads texts back by their refs; one open file for many reads. */
export function openTextStoreReader(path: string): { read(ref: TextRef): { text: string; title: string }; close(): void } {
  const fd = openSync(path, 'r');
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  return {
    read([offset, textUnits, titleUnits]) {
      const bytes = (textUnits + titleUnits) * 2;
      if (bytes > buffer.length) buffer = Buffer.allocUnsafe(bytes);
      let done = 0;
      while (done < bytes) {
        const n = readSync(fd, buffer, done, bytes - done, offset + done);
        if (n === 0) throw new Error(`${path}: truncated at ${offset}`);
        done += n;
      }
      return { text: buffer.toString('utf16le', 0, textUnits * 2), title: buffer.toString('utf16le', textUnits * 2, bytes) };
    },
    close: () => closeSync(fd),
  };
}
