import {
  appendFileSync,
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

import type { CategoryPath, StockRef } from '../../../shared/bundle-types';
import { isProcessAlive } from '../../bundle/process-alive';
import type { PendingMeta } from '../../pipeline/process-post';

/**
 * What the cache keeps of a processed post, by the SHA-256 of the post file's bytes: its
 * outcome — the reason it was skipped, or the article's metadata (the compact fields the
 * orchestrator orders and groups by stay in memory; the whole metadata, the body and the
 * searchable text sit in a pack file, read when needed).
 */
export type CachedPost = CachedArticle | { readonly ok: false; readonly reason: string };

export interface CachedArticle {
  readonly ok: true;
  readonly id: string;
  readonly title: string;
  /** The article's ISO date, as its metadata has it. */
  readonly date: string;
  readonly charCount: number;
  readonly categories: readonly CategoryPath[];
  readonly stocks: readonly StockRef[];
  /**
   * contentHash of the body's JSON: with the neighbours it makes the rev, and two files
   * of one article have the same exactly when they read the same (choose-duplicate.ts).
   */
  readonly bodyHash: string;
  readonly warnings: readonly string[];
  /** Where the record is: pack, byte offset, and the lengths of its parts. */
  readonly at: PackRef;
}

/** A record in a pack: meta JSON (UTF-8), body JSON (UTF-8), text and title (UTF-16LE). */
export interface PackRef {
  readonly pack: string;
  readonly offset: number;
  readonly metaBytes: number;
  readonly bodyBytes: number;
  readonly textUnits: number;
  readonly titleUnits: number;
}

/** A file as last seen: its size and modification time, and the hash of its bytes then. */
export interface SeenFile {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
}

const LOCK = 'lock';
const NO_WARNINGS: readonly string[] = Object.freeze([]);

/**
 * Appends records to a pack file of its own: one per writer (each worker thread writes
 * its own, so none waits for another), named so that two never collide.
 */
export class PackWriter {
  private readonly fd: number;
  private offset: number;
  readonly pack: string;

  constructor(dir: string, name: string) {
    this.pack = name;
    this.fd = openSync(join(dir, name), 'a');
    this.offset = fstatSync(this.fd).size;
  }

  /** Appends a processed article's parts; returns where they went. */
  append(meta: string, body: string, text: string, title: string): PackRef {
    const metaBuffer = Buffer.from(meta, 'utf8');
    const bodyBuffer = Buffer.from(body, 'utf8');
    const textBuffer = Buffer.from(text + title, 'utf16le');
    const at: PackRef = {
      pack: this.pack,
      offset: this.offset,
      metaBytes: metaBuffer.length,
      bodyBytes: bodyBuffer.length,
      textUnits: text.length,
      titleUnits: title.length,
    };
    for (const buffer of [metaBuffer, bodyBuffer, textBuffer]) {
      let done = 0;
      while (done < buffer.length) done += writeSync(this.fd, buffer, done, buffer.length - done, this.offset + done);
      this.offset += buffer.length;
    }
    return at;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Reads records' parts back; keeps one descriptor a pack open until closed. */
export class PackReader {
  private readonly fds = new Map<string, number>();

  constructor(private readonly dir: string) {}

  private read(ref: PackRef, from: number, bytes: number): Buffer {
    let fd = this.fds.get(ref.pack);
    if (fd === undefined) this.fds.set(ref.pack, (fd = openSync(join(this.dir, ref.pack), 'r')));
    const buffer = Buffer.allocUnsafe(bytes);
    let done = 0;
    while (done < bytes) {
      const n = readSync(fd, buffer, done, bytes - done, ref.offset + from + done);
      if (n === 0) throw new Error(`${ref.pack}: record at ${ref.offset} is truncated`);
      done += n;
    }
    return buffer;
  }

  meta(ref: PackRef): PendingMeta {
    return JSON.parse(this.metaJson(ref)) as PendingMeta;
  }

  /** The metadata as stored: JSON.stringify of it. */
  metaJson(ref: PackRef): string {
    return this.read(ref, 0, ref.metaBytes).toString('utf8');
  }

  body(ref: PackRef): Buffer {
    return this.read(ref, ref.metaBytes, ref.bodyBytes);
  }

  searchText(ref: PackRef): { text: string; title: string } {
    const buffer = this.read(ref, ref.metaBytes + ref.bodyBytes, (ref.textUnits + ref.titleUnits) * 2);
    return { text: buffer.toString('utf16le', 0, ref.textUnits * 2), title: buffer.toString('utf16le', ref.textUnits * 2) };
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}

/** The journal's file, one per version of the ingest's code. */
const journalName = (code: string) => `index-${code}.jsonl`;
/** Lines read at once from the journal: what it costs in memory to read, whatever its size. */
const READ_CHUNK = 8 << 20;

/**
 * The ingest's cache: processed posts by content hash, the files last seen (so an
 * unchanged file is not even read), all valid for one version of the ingest's code
 * (`code`, see code-version.ts) — a changed ingest starts afresh. Its index is a journal
 * of lines, appended to as posts are added and files change, and rewritten only when
 * more than half of it is stale: a run that changes one post writes a few lines, a corpus
 * of 1,000,000 posts is read a line at a time (one JSON string of it would not fit in a
 * JavaScript string). A crash mid-append leaves a torn last line, which reading skips.
 * One ingest at a time: a lock file holds the folder, and a run that dies leaves it to
 * the next, which sees its process is gone.
 */
export class PostCache {
  private readonly posts = new Map<string, CachedPost>();
  private files = new Map<string, SeenFile>();
  /** Posts put since the last save: appended to the journal by save(). */
  private readonly added = new Map<string, CachedPost>();
  /** Lines in the journal now, live or stale. */
  private lines = 0;
  readonly dir: string;
  private readonly code: string;
  /** The name every pack of this run starts with. */
  readonly packPrefix: string;

  private constructor(dir: string, code: string) {
    this.dir = dir;
    this.code = code;
    this.packPrefix = `pack-${Date.now().toString(36)}-${process.pid}`;
  }

  /** Opens (and locks) the cache in `dir`; `full` starts it empty whatever it held. */
  static open(dir: string, code: string, full = false): PostCache {
    mkdirSync(dir, { recursive: true });
    takeLock(dir);
    const cache = new PostCache(dir, code);
    const journal = join(dir, journalName(code));
    if (!full && existsSync(journal)) cache.readJournal(journal);
    // Journals of other versions, and packs no journal of this one names, are dead weight.
    const live = new Set([...cache.posts.values()].flatMap((p) => (p.ok ? [p.at.pack] : [])));
    for (const name of readdirSync(dir)) {
      const stale =
        (name.startsWith('index-') && name !== journalName(code)) ||
        (name.startsWith('memo-') && !name.startsWith(`memo-${code}-`)) ||
        (name.startsWith('pack-') && !live.has(name));
      if (stale) rmSync(join(dir, name), { force: true });
    }
    if (full) rmSync(journal, { force: true });
    return cache;
  }

  private readJournal(path: string): void {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(READ_CHUNK);
      let carry = '';
      let position = 0;
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, position);
        if (n === 0) break;
        position += n;
        const text = carry + buffer.toString('utf8', 0, n);
        const lines = text.split('\n');
        carry = lines.pop()!;
        for (const line of lines) this.readLine(line);
      }
      // A last line without its newline was torn by a crash: it is not read.
    } finally {
      closeSync(fd);
    }
  }

  private readLine(line: string): void {
    if (line === '') return;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    if (!Array.isArray(entry)) return;
    this.lines++;
    if (entry[0] === 'P' && typeof entry[1] === 'string') this.posts.set(entry[1], this.intern(entry[2] as CachedPost));
    else if (entry[0] === 'F' && typeof entry[1] === 'string') this.files.set(entry[1], { size: entry[2], mtimeMs: entry[3], hash: entry[4] } as SeenFile);
    else if (entry[0] === 'D' && typeof entry[1] === 'string') this.files.delete(entry[1]);
  }

  /** The hash of a file as last seen, when its size and time are unchanged. */
  knownHash(path: string, size: number, mtimeMs: number): string | undefined {
    const seen = this.files.get(path);
    return seen && seen.size === size && seen.mtimeMs === mtimeMs ? seen.hash : undefined;
  }

  get(hash: string): CachedPost | undefined {
    return this.posts.get(hash);
  }

  /** Keeps a post; returns it as kept (shared parts, see intern): use that one. */
  put(hash: string, post: CachedPost): CachedPost {
    const shared = this.intern(post);
    this.posts.set(hash, shared);
    this.added.set(hash, shared);
    return shared;
  }

  /**
   * The post with its category paths, stocks and pack name shared with every other post
   * that has them: 100,000 posts name a few hundred paths and stocks, and one copy each
   * (not one per post, as JSON and messages between threads make them) is most of what
   * the cache holds in memory.
   */
  private intern(post: CachedPost): CachedPost {
    if (!post.ok) return post;
    const share = <T>(pool: Map<string, T>, value: T): T => {
      const key = JSON.stringify(value);
      const known = pool.get(key);
      if (known !== undefined) return known;
      pool.set(key, value);
      return value;
    };
    return {
      ...post,
      categories: post.categories.map((path) => share(this.paths, path)),
      stocks: post.stocks.map((stock) => share(this.stocks, stock)),
      warnings: post.warnings.length === 0 ? NO_WARNINGS : post.warnings,
      at: { ...post.at, pack: share(this.packs, post.at.pack) },
    };
  }

  private readonly paths = new Map<string, CategoryPath>();
  private readonly stocks = new Map<string, StockRef>();
  private readonly packs = new Map<string, string>();

  reader(): PackReader {
    return new PackReader(this.dir);
  }

  /**
   * Records what this run saw: `files` (path → seen) replace the files known. Appends the
   * posts put and the files changed or gone; when more than half the journal is stale,
   * writes it afresh with the live lines only — the posts the files hold — and deletes
   * the packs no live post is in.
   */
  save(files: ReadonlyMap<string, SeenFile>): void {
    const journal = join(this.dir, journalName(this.code));
    const lines: string[] = [];
    let appended = 0;
    // Appended a batch at a time: the lines of a first run of 1,000,000 posts are a gigabyte.
    const flush = (force: boolean) => {
      if (lines.length === 0 || (!force && lines.length < 10_000)) return;
      appendFileSync(journal, `${lines.join('\n')}\n`);
      appended += lines.length;
      lines.length = 0;
    };
    for (const [hash, post] of this.added) {
      lines.push(JSON.stringify(['P', hash, post]));
      flush(false);
    }
    for (const [path, seen] of files) {
      const before = this.files.get(path);
      if (!before || before.size !== seen.size || before.mtimeMs !== seen.mtimeMs || before.hash !== seen.hash) {
        lines.push(JSON.stringify(['F', path, seen.size, seen.mtimeMs, seen.hash]));
        flush(false);
      }
    }
    for (const path of this.files.keys()) if (!files.has(path)) lines.push(JSON.stringify(['D', path]));
    flush(true);
    this.lines += appended;
    this.files = new Map(files);
    this.added.clear();
    const live = new Set([...files.values()].map((f) => f.hash));
    if (this.lines > 2 * (live.size + files.size) + 1000) this.compact(journal, live);
  }

  /** Writes the journal afresh with the live lines, a batch at a time, and replaces the old one. */
  private compact(journal: string, live: ReadonlySet<string>): void {
    const temp = `${journal}.${process.pid}.tmp`;
    const fd = openSync(temp, 'w');
    let lines = 0;
    const packs = new Set<string>();
    try {
      let batch: string[] = [];
      const flush = () => {
        if (batch.length === 0) return;
        writeSync(fd, `${batch.join('\n')}\n`);
        batch = [];
      };
      for (const [hash, post] of this.posts) {
        if (!live.has(hash)) continue;
        batch.push(JSON.stringify(['P', hash, post]));
        if (post.ok) packs.add(post.at.pack);
        if (batch.length >= 10_000) flush();
      }
      for (const [path, seen] of this.files) {
        batch.push(JSON.stringify(['F', path, seen.size, seen.mtimeMs, seen.hash]));
        if (batch.length >= 10_000) flush();
      }
      flush();
      lines = live.size + this.files.size;
    } finally {
      closeSync(fd);
    }
    renameSync(temp, journal);
    this.lines = lines;
    for (const hash of [...this.posts.keys()]) if (!live.has(hash)) this.posts.delete(hash);
    for (const name of readdirSync(this.dir)) if (name.startsWith('pack-') && !packs.has(name)) rmSync(join(this.dir, name), { force: true });
  }

  /** Releases the lock. */
  close(): void {
    rmSync(join(this.dir, LOCK), { force: true });
  }
}

/** Takes the cache's lock, or throws naming the process that holds it. */
function takeLock(dir: string): void {
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (holder !== process.pid && isProcessAlive(holder)) {
        throw new Error(`the ingest cache ${dir} is in use by process ${holder}`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock the ingest cache ${dir}`);
}
