import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Article, ArticleMeta, IngestReport, NeighbourRef } from '../shared/bundle-types';
import type { BundleBuild } from './bundle/build-bundle';
import { finishArticle } from './bundle/finish-article';
import type { PendingMeta } from './process-post';

export interface BundleWriter {
  /** The staging folder's articles/, where processFiles writes article bodies. */
  readonly articlesDir: string;
  /** The staging folder's search/, where the search index builder writes its files. */
  readonly searchDir: string;
  /** Writes (or overwrites) one article body: `json` is the serialized ArticleBody. */
  writeArticle(id: string, json: string): void;
  /**
   * Turns every staged body into its final article file, given the articles in ordinal
   * order; returns their metadata with revs, in that order.
   */
  finishArticles(ordered: readonly PendingMeta[]): ArticleMeta[];
  /** Writes the built files and the report, the manifest last, then swaps the bundle into place. */
  commit(build: BundleBuild, report: IngestReport): void;
  /** Throws the staged files away; the previous bundle stays as it was. */
  abort(): void;
}

export interface TailChange {
  readonly position: number;
  readonly tail: string;
}

/** The writes a bundle needs; injectable so that tests can make the disk fail part-way. */
export interface BundleDisk {
  /** Creates or replaces a whole file; strings are written as UTF-8. */
  writeFile(path: string, data: string | Uint8Array): void;
  /**
   * Reads an existing file and writes `change(its bytes).tail` over it from `position`
   * to its end, in UTF-8; the bytes before stay. Returns what `change` returned. One
   * open for both: at 100,000 articles the system calls are most of the cost.
   */
  rewriteTail<T extends TailChange>(path: string, change: (bytes: Uint8Array) => T): T;
}

export const NODE_DISK: BundleDisk = {
  writeFile: (path, data) => writeFileSync(path, data),
  rewriteTail(path, change) {
    const fd = openSync(path, 'r+');
    try {
      const changed = change(readFileSync(fd));
      const bytes = Buffer.from(changed.tail, 'utf8');
      if (writeSync(fd, bytes, 0, bytes.length, changed.position) !== bytes.length) throw new Error(`${path}: short write`);
      return changed;
    } finally {
      closeSync(fd);
    }
  },
};

/** Every folder of a bundle: the content-addressed ones and articles/. */
const FOLDERS = ['articles', 'meta', 'facets', 'timeline', 'stocks', 'search'];

/**
 * Writes a bundle so that readers only ever see a whole one: everything goes into a
 * fresh sibling folder, which then takes the place of `outDir` by rename. A run that
 * fails before the swap leaves the previous bundle exactly as it was. Article bodies can
 * be written as they are processed, so writing overlaps with the work of the workers.
 */
export function openBundleWriter(outDir: string, disk: BundleDisk = NODE_DISK): BundleWriter {
  const parent = dirname(outDir);
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, `.${basename(outDir)}.staging-${stamp}`);
  const retired = join(parent, `.${basename(outDir)}.old-${stamp}`);
  for (const folder of FOLDERS) mkdirSync(join(staging, folder), { recursive: true });
  const articlesDir = join(staging, 'articles');

  return {
    articlesDir,
    searchDir: join(staging, 'search'),
    writeArticle(id, json) {
      disk.writeFile(join(articlesDir, `${id}.json`), json);
    },
    finishArticles(ordered) {
      // One body at a time, so memory stays that of the metadata; finished in place by
      // a write over its last byte, as rewriting 100,000 whole files costs several times more.
      const ref = (meta: PendingMeta | undefined): NeighbourRef | null =>
        meta === undefined ? null : { id: meta.id, title: meta.title };
      return ordered.map((meta, ordinal): ArticleMeta => {
        const neighbours: Article['neighbours'] = { newer: ref(ordered[ordinal + 1]), older: ref(ordered[ordinal - 1]) };
        const { rev } = disk.rewriteTail(join(articlesDir, `${meta.id}.json`), (body) => finishArticle(body, neighbours));
        return { ...meta, rev };
      });
    },
    commit(build, report) {
      const written = new Set<string>();
      let next = build.next();
      for (; !next.done; next = build.next()) {
        if (written.has(next.value.path)) continue;
        disk.writeFile(join(staging, next.value.path), next.value.bytes);
        written.add(next.value.path);
      }
      disk.writeFile(join(staging, 'report.json'), JSON.stringify(report));
      // The manifest last: a staging folder with a manifest is complete.
      disk.writeFile(join(staging, 'manifest.json'), JSON.stringify(next.value));
      const hadPrevious = existsSync(outDir);
      if (hadPrevious) renameSync(outDir, retired);
      try {
        renameSync(staging, outDir);
      } catch (error) {
        if (hadPrevious) renameSync(retired, outDir);
        throw error;
      }
      if (hadPrevious) rmSync(retired, { recursive: true, force: true });
    },
    abort() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}
