import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Article, IngestProblem, IngestReport, Manifest, SearchIndex } from '../../shared/bundle-types';
import { buildBundle, PAGE_SIZE, type BundleArticle } from '../bundle/build-bundle';
import { contentHash } from '../bundle/content-hash';
import { articleTail, finishArticle } from '../bundle/finish-article';
import { orderArticles } from '../bundle/order-articles';
import { ingestCodeVersion } from './cache/code-version';
import { openMemo } from './cache/memo-file';
import { PostCache, type CachedArticle, type CachedPost, type SeenFile } from './cache/post-cache';
import { chooseDuplicate } from '../bundle/choose-duplicate';
import { listPosts } from './list-posts';
import { processAll } from './process-all';
import type { ProcessedFile } from './process-posts';
import { settleAll } from './settle-all';
import { writeArticles, type ArticlesTask } from './write-articles';
import { buildSearchIndex } from './build-search-index';
import type { IngestTask } from './worker-tasks';
import { createWorkerPool, defaultThreads } from './worker-pool';
import { NODE_DISK, openBundleWriter, type BundleDisk, type CommitStats } from '../bundle/write-bundle';

/** Below this many posts, starting worker threads (~0.3 s) costs more than it saves. */
export const PARALLEL_THRESHOLD = 600;
/** A post still processing after this long is stopped and skipped (see processAll). */
export const POST_DEADLINE_MS = 20_000;
/** Article files per write task. */
const ARTICLES_BATCH = 500;

export interface IngestOptions {
  readonly postsDir: string;
  readonly outDir: string;
  /** The cache of processed posts (the CLI's default: defaultCacheDir()). One ingest at a time may use it. */
  readonly cacheDir: string;
  /** Process every post again, whatever the cache holds. */
  readonly full?: boolean;
  /** The build time written into the bundle; injectable so tests are reproducible. */
  readonly now?: Date;
  /** Worker threads; 0 works in this thread. Default: none below PARALLEL_THRESHOLD posts, else one per core. */
  readonly workers?: number;
  /** Passed to the bundle writer; for tests that need the disk to fail. */
  readonly disk?: BundleDisk;
  /** The per-post deadline, in ms (threads only). */
  readonly postDeadlineMs?: number;
  /** Told how long each phase took, in ms, as it ends. */
  readonly onPhase?: (phase: IngestPhase, ms: number) => void;
  /** Told how many posts are processed of how many need it, as batches finish. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The ingest's phases: posts read and processed, article files, the search index, the other files and the commit. */
export type IngestPhase = 'process' | 'articles' | 'search' | 'files';

/** What a run did, beyond what the report says: for --json and the benchmark. */
export interface IngestStats extends CommitStats {
  /** Posts processed in this run; the others came from the cache. */
  readonly processed: number;
  readonly cached: number;
  /** Article files written (new or changed). */
  readonly articlesWritten: number;
}

export interface IngestResult {
  readonly report: IngestReport;
  readonly stats: IngestStats;
}

/** The default cache folder, for a working folder. */
export function defaultCacheDir(cwd = process.cwd()): string {
  return join(cwd, 'node_modules', '.cache', 'ducai');
}

interface Kept {
  readonly post: CachedArticle;
  readonly index: number;
  readonly file: string;
  readonly textHash: string;
}

/**
 * What the cache remembers of a bundle folder it wrote: per article, what its file was
 * made from (its body's hash and its neighbours', see fingerprint) and its rev — so an
 * unchanged article costs a string comparison, not a hash, and its file is not touched.
 */
interface OutState {
  readonly manifest: string;
  readonly articles: Record<string, readonly [fingerprint: string, rev: string]>;
}

/**
 * Reads every post under postsDir and writes the bundle to outDir, incrementally: a post
 * whose bytes the cache knows is not processed again, and only files whose content
 * changed are written — the output is the same, byte for byte, as a full rebuild's. A
 * post that cannot be read becomes a problem in the report, never an exception: one bad
 * file must not cost the reader the other 99,999. Two files of one article (same id)
 * keep the one first in path order (chooseDuplicate) and report the other, loudly when
 * the texts differ.
 */
export async function ingestFolder(options: IngestOptions): Promise<IngestResult> {
  const code = ingestCodeVersion();
  const cache = PostCache.open(options.cacheDir, code, options.full);
  const disk = options.disk ?? NODE_DISK;
  let writer: ReturnType<typeof openBundleWriter> | null = null;
  let pool: ReturnType<typeof createWorkerPool> | null = null;
  let phaseStart = performance.now();
  const phase = (name: IngestPhase) => {
    const now = performance.now();
    options.onPhase?.(name, now - phaseStart);
    phaseStart = now;
  };
  try {
    const files = listPosts(options.postsDir);
    const seen = new Map<string, SeenFile>();
    const posts = new Array<CachedPost>(files.length);
    const toProcess: number[] = [];
    files.forEach((file, index) => {
      let stat;
      try {
        stat = statSync(join(options.postsDir, file));
      } catch {
        toProcess.push(index);
        return;
      }
      const hash = cache.knownHash(file, stat.size, stat.mtimeMs);
      const cached = hash === undefined ? undefined : cache.get(hash);
      if (cached === undefined) toProcess.push(index);
      else {
        posts[index] = cached;
        seen.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, hash: hash! });
      }
    });

    const threads = options.workers ?? (toProcess.length < PARALLEL_THRESHOLD ? 0 : defaultThreads());
    if (threads > 0) pool = createWorkerPool(threads);
    let processed: ProcessedFile[] | null = await processAll(
      toProcess.map((i) => join(options.postsDir, files[i]!)),
      {
        pool,
        cacheDir: cache.dir,
        packPrefix: cache.packPrefix,
        deadlineMs: options.postDeadlineMs ?? POST_DEADLINE_MS,
        onDone: (done) => options.onProgress?.(done, toProcess.length),
      },
    );
    processed.forEach((result, k) => {
      const index = toProcess[k]!;
      posts[index] = result.post;
      if (result.seen) {
        seen.set(files[index]!, result.seen);
        posts[index] = cache.put(result.seen.hash, result.post);
      }
    });
    // The threads' copies: the cache keeps the posts with their parts shared.
    processed = null;
    phase('process');

    const problems: (IngestProblem & { readonly index: number })[] = [];
    const kept = new Map<string, Kept>();
    posts.forEach((post, index) => {
      const file = files[index]!;
      if (!post.ok) {
        problems.push({ index, file, kind: 'skipped', reason: post.reason });
        return;
      }
      for (const reason of post.warnings) problems.push({ index, file, kind: 'warning', reason });
      const candidate: Kept = { post, index, file, textHash: post.bodyHash };
      const earlier = kept.get(post.id);
      const decision = earlier === undefined ? null : chooseDuplicate(earlier, candidate);
      if (decision !== null) problems.push({ index: decision.dropped.index, file: decision.dropped.file, kind: 'duplicate', reason: decision.reason });
      if (decision === null || decision.kept === candidate) kept.set(post.id, candidate);
    });
    problems.sort((a, b) => a.index - b.index);
    const report: IngestReport = {
      generatedAt: (options.now ?? new Date()).toISOString(),
      read: files.length,
      ok: kept.size,
      skipped: problems.filter((p) => p.kind === 'skipped').length,
      duplicates: problems.filter((p) => p.kind === 'duplicate').length,
      problems: problems.map(({ index: _index, ...problem }) => problem),
    };

    // Ordinals, neighbours and revs: from what the cache holds in memory, no body read.
    const ordered = orderArticles([...kept.values()].map((k) => ({ id: k.post.id, date: k.post.date, kept: k })));
    const ref = (o: number) => (o < 0 || o >= ordered.length ? null : { id: ordered[o]!.id, title: ordered[o]!.kept.post.title });
    const outState = readOutState(cache.dir, options.outDir);
    const neighbours = (o: number): Article['neighbours'] => ({ newer: ref(o + 1), older: ref(o - 1) });
    const finished = ordered.map(({ kept: k }, o) => {
      const print = fingerprint(k.post, ordered[o + 1]?.kept.post, ordered[o - 1]?.kept.post);
      const before = outState?.articles[k.post.id];
      if (before && before[0] === print) return { post: k.post, print, rev: before[1], ordinal: o, changed: false };
      return { post: k.post, print, rev: finishArticle(k.post.bodyHash, neighbours(o)).rev, ordinal: o, changed: true };
    });

    writer = openBundleWriter(options.outDir, disk);
    // Without a record of the folder (or with a folder changed since), every file is written.
    const changed = finished.filter((f) => f.changed);
    const run = (task: IngestTask) => (pool ? pool.run(task) : Promise.resolve(null));
    const tasks: Promise<unknown>[] = [];
    for (let i = 0; i < changed.length; i += ARTICLES_BATCH) {
      const task: ArticlesTask = {
        kind: 'articles',
        cacheDir: cache.dir,
        dir: writer.articlesDir,
        items: changed.slice(i, i + ARTICLES_BATCH).map(({ post, rev, ordinal }) => [post.id, post.at, articleTail(neighbours(ordinal), rev)] as const),
      };
      if (pool) tasks.push(run(task));
      else writeArticles(task, (path, data) => disk.writeFile(path, data));
    }
    await settleAll(tasks);
    phase('articles');

    const previous = readManifest(options.outDir);
    const search: SearchIndex = await buildSearchIndex({
      articles: finished.map(({ post, rev }) => ({ id: post.id, rev })),
      texts: finished.map(({ post }) => post.at),
      cacheDir: cache.dir,
      dir: writer.searchDir,
      pool,
      tmpDir: tmpdir(),
      reuse: (name) => {
        const segment = previous?.search.segments.find((s) => s.name === name);
        return segment && writer!.has(`search/${name}-s0.json`) ? segment.shards : undefined;
      },
    });
    phase('search');

    // Metadata is read from the cache only for the files the memo does not know.
    const reader = cache.reader();
    const memo = openMemo(cache.dir, code, contentHash(options.outDir), (path) => writer!.has(path));
    let committed;
    try {
      const articles: BundleArticle[] = finished.map(({ post, rev }) => ({
        id: post.id,
        rev,
        date: post.date,
        categories: post.categories,
        stocks: post.stocks,
        meta: () => ({ ...reader.meta(post.at), rev }),
        // The stored metadata is JSON.stringify of the meta without rev, rev last: splice it in.
        metaJson: () => `${reader.metaJson(post.at).slice(0, -1)},"rev":${JSON.stringify(rev)}}`,
      }));
      committed = writer.commit(
        buildBundle(articles, report.generatedAt, search, PAGE_SIZE, memo),
        report,
        articles.map((a) => a.id),
        search.segments.map((s) => s.name),
      );
    } finally {
      reader.close();
    }
    const { manifest, stats } = committed;
    writer = null;
    memo.save();
    cache.save(seen);
    saveOutState(cache.dir, options.outDir, {
      manifest: manifest.version,
      articles: Object.fromEntries(finished.map((f) => [f.post.id, [f.print, f.rev] as const])),
    });
    phase('files');
    return {
      report,
      stats: { ...stats, processed: toProcess.length, cached: files.length - toProcess.length, articlesWritten: changed.length },
    };
  } catch (error) {
    writer?.abort();
    throw error;
  } finally {
    await pool?.destroy();
    cache.close();
  }
}

/** What an article file is made from: the body, and the ids and bodies of its neighbours (whose titles it shows). */
function fingerprint(post: CachedArticle, newer: CachedArticle | undefined, older: CachedArticle | undefined): string {
  return `${post.bodyHash} ${newer ? `${newer.id}:${newer.bodyHash}` : '-'} ${older ? `${older.id}:${older.bodyHash}` : '-'}`;
}

function readManifest(outDir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** The cache's record of a bundle folder, valid only while the folder's manifest is the one it wrote. */
function readOutState(cacheDir: string, outDir: string): OutState | null {
  const path = outStatePath(cacheDir, outDir);
  const manifest = readManifest(outDir);
  if (manifest === null || !existsSync(path)) return null;
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as OutState;
    return state.manifest === manifest.version && typeof state.articles === 'object' ? state : null;
  } catch {
    return null;
  }
}

function saveOutState(cacheDir: string, outDir: string, state: OutState): void {
  NODE_DISK.writeFile(outStatePath(cacheDir, outDir), JSON.stringify(state));
}

function outStatePath(cacheDir: string, outDir: string): string {
  return join(cacheDir, `out-${contentHash(outDir)}.json`);
}
