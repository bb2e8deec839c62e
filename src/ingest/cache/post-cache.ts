import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import type { CategoryPath, StockRef } from '../../shared/bundle-types';
import { isProcessAlive } from '../process-alive';
import type { PendingMeta } from '../process-post';

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

const INDEX = 'index.json';
const LOCK = 'lock';

interface IndexFile {
  readonly code: string;
  readonly posts: Record<string, CachedPost>;
  readonly files: Record<string, SeenFile>;
}

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
    return JSON.parse(this.read(ref, 0, ref.metaBytes).toString('utf8')) as PendingMeta;
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

/**
 * The ingest's cache: processed posts by content hash, the files last seen (so an
 * unchanged file is not even read), all valid for one version of the ingest's code
 * (`code`, see code-version.ts) — a changed ingest starts afresh. One ingest at a time:
 * a lock file holds the folder, and a run that dies leaves it to the next, which sees its
 * process is gone. Writes are atomic: a run that fails keeps the cache it started with.
 */
export class PostCache {
  private readonly posts: Map<string, CachedPost>;
  private files: Map<string, SeenFile>;
  readonly dir: string;
  private readonly code: string;
  /** The name every pack of this run starts with. */
  readonly packPrefix: string;

  private constructor(dir: string, code: string, index: IndexFile | null) {
    this.dir = dir;
    this.code = code;
    this.posts = new Map(index ? Object.entries(index.posts) : []);
    this.files = new Map(index ? Object.entries(index.files) : []);
    this.packPrefix = `pack-${Date.now().toString(36)}-${process.pid}`;
  }

  /** Opens (and locks) the cache in `dir`; `full` starts it empty whatever it held. */
  static open(dir: string, code: string, full = false): PostCache {
    mkdirSync(dir, { recursive: true });
    takeLock(dir);
    let index: IndexFile | null = null;
    if (!full && existsSync(join(dir, INDEX))) {
      try {
        const parsed = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as IndexFile;
        if (parsed.code === code) index = parsed;
      } catch {
        // A cache is only a cache: unreadable, it is rebuilt.
      }
    }
    if (index === null) for (const name of readdirSync(dir)) if (name.startsWith('pack-')) rmSync(join(dir, name), { force: true });
    return new PostCache(dir, code, index);
  }

  /** The hash of a file as last seen, when its size and time are unchanged. */
  knownHash(path: string, size: number, mtimeMs: number): string | undefined {
    const seen = this.files.get(path);
    return seen && seen.size === size && seen.mtimeMs === mtimeMs ? seen.hash : undefined;
  }

  get(hash: string): CachedPost | undefined {
    return this.posts.get(hash);
  }

  put(hash: string, post: CachedPost): void {
    this.posts.set(hash, post);
  }

  reader(): PackReader {
    return new PackReader(this.dir);
  }

  /**
   * Writes the index for what this run saw: `files` (path → seen), and only the posts
   * they hold, so the cache does not grow with posts long gone. Packs no live record is in
   * are deleted; when more than half a pack's bytes are dead its live records stay where
   * they are until the pack empties — a rewrite would cost more than the space.
   */
  save(files: ReadonlyMap<string, SeenFile>): void {
    const live = new Set([...files.values()].map((f) => f.hash));
    const posts: Record<string, CachedPost> = {};
    const packs = new Set<string>();
    for (const [hash, post] of this.posts) {
      if (!live.has(hash)) continue;
      posts[hash] = post;
      if (post.ok) packs.add(post.at.pack);
    }
    const index: IndexFile = { code: this.code, posts, files: Object.fromEntries(files) };
    const temp = join(this.dir, `${INDEX}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(index));
    renameSync(temp, join(this.dir, INDEX));
    for (const name of readdirSync(this.dir)) if (name.startsWith('pack-') && !packs.has(name)) rmSync(join(this.dir, name), { force: true });
    this.files = new Map(files);
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
