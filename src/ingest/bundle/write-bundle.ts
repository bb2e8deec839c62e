import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

import type { IngestReport, Manifest } from '../../shared/bundle-types';
import type { BundleBuild } from './build-bundle';
import { isProcessAlive } from './process-alive';

/** The writes a bundle needs; injectable so that tests can make the disk fail part-way. */
export interface BundleDisk {
  /** Creates or replaces a whole file. */
  writeFile(path: string, data: string | Uint8Array): void;
}

export const NODE_DISK: BundleDisk = { writeFile: (path, data) => writeFileSync(path, data) };

/** The folders of a bundle: the content-addressed ones, search/ and articles/. */
const FOLDERS = ['meta', 'facets', 'timeline', 'stocks', 'search', 'articles'] as const;

/** What a commit did to the bundle folder. */
export interface CommitStats {
  /** Files created or replaced, manifest.json and report.json included. */
  readonly written: number;
  /** Files deleted: no longer part of the bundle. */
  readonly removed: number;
}

export interface BundleWriter {
  /** Where article files are staged, as `<id>.json`, until the commit puts them in place. */
  readonly articlesDir: string;
  /** Where the search index's new files are staged. */
  readonly searchDir: string;
  /** Whether the published bundle has a file (bundle-relative path). */
  has(path: string): boolean;
  /**
   * Writes the built files the bundle lacks (their names are their content, so one that is
   * there is this one), then puts every staged file in place, the report, and the
   * manifest last; then deletes what the new manifest no longer leads to.
   * `articleIds` are every article of the bundle; `searchNames` its search segments' names.
   */
  commit(build: BundleBuild, report: IngestReport, articleIds: readonly string[], searchNames: readonly string[]): { manifest: Manifest; stats: CommitStats };
  /** Throws the staged files away; the published bundle stays as it was. */
  abort(): void;
}

/**
 * Writes a bundle in place, so that a run that changes one article writes a few files,
 * not 100,000, and readers only ever see a whole bundle: everything new is first written
 * into a staging folder beside it — a run that fails there (a full disk) leaves the
 * published bundle exactly as it was — then moved in by rename: content-addressed files
 * (new names, which the old manifest never reads), article files, the report, and the
 * manifest last, which switches readers to the new bundle. Files only the old manifest
 * led to are deleted after it. A reader holding the old manifest may then ask for a file
 * that has gone: the app reloads the manifest when a named file is missing.
 */
export function openBundleWriter(outDir: string, disk: BundleDisk = NODE_DISK): BundleWriter {
  const parent = dirname(outDir);
  removeStaleStaging(parent, basename(outDir));
  // No bundle published yet: nothing to keep whole, so files go straight to their place
  // (100,000 article files moved in one by one cost more than writing them).
  const fresh = !existsSync(join(outDir, 'manifest.json'));
  const created = FOLDERS.filter((folder) => !existsSync(join(outDir, folder)));
  const staging = fresh ? outDir : join(parent, `.${basename(outDir)}.staging-${process.pid}-${Date.now().toString(36)}`);
  for (const folder of FOLDERS) mkdirSync(join(staging, folder), { recursive: true });
  for (const folder of FOLDERS) mkdirSync(join(outDir, folder), { recursive: true });
  let written = 0;
  const stage = (path: string, data: string | Uint8Array) => {
    if (fresh && (path === 'manifest.json' || path === 'report.json')) {
      // Written last and atomically: a folder with a manifest is a whole bundle.
      disk.writeFile(join(outDir, `${path}.tmp`), data);
      renameSync(join(outDir, `${path}.tmp`), join(outDir, path));
      return;
    }
    disk.writeFile(join(staging, path), data);
  };
  return {
    articlesDir: join(staging, 'articles'),
    searchDir: join(staging, 'search'),
    has: (path) => existsSync(join(outDir, path)),
    commit(build, report, articleIds, searchNames) {
      const keep = new Set<string>(['manifest.json', 'report.json']);
      let next = build.next();
      for (; !next.done; next = build.next()) {
        const { path, bytes } = next.value;
        if (keep.has(path)) continue;
        keep.add(path);
        // Null bytes: the memo knows the folder has the file.
        if (bytes !== null && !existsSync(join(outDir, path))) stage(path, bytes);
      }
      const manifest = next.value;
      // Written while a failure still leaves the published bundle whole; moved in last.
      stage('report.json', JSON.stringify(report));
      stage('manifest.json', JSON.stringify(manifest));
      for (const id of articleIds) keep.add(`articles/${id}.json`);
      const segments = new Set(searchNames);
      const isKept = (folder: string, name: string) => (folder === 'search' ? segments.has(name.slice(0, name.indexOf('-'))) : keep.has(`${folder}/${name}`));
      if (!fresh) {
        for (const folder of FOLDERS) {
          for (const name of readdirSync(join(staging, folder))) {
            renameSync(join(staging, folder, name), join(outDir, folder, name));
            written++;
          }
        }
        renameSync(join(staging, 'report.json'), join(outDir, 'report.json'));
        renameSync(join(staging, 'manifest.json'), join(outDir, 'manifest.json'));
      }
      written += 2;
      let removed = 0;
      for (const folder of FOLDERS) {
        for (const name of readdirSync(join(outDir, folder))) {
          if (isKept(folder, name)) {
            // Straight to its place: every file of a fresh bundle is written by this run.
            if (fresh) written++;
            continue;
          }
          rmSync(join(outDir, folder, name), { force: true, recursive: true });
          removed++;
        }
      }
      if (!fresh) rmSync(staging, { recursive: true, force: true });
      return { manifest, stats: { written, removed } };
    },
    abort() {
      if (!fresh) rmSync(staging, { recursive: true, force: true });
      else for (const folder of created) rmSync(join(outDir, folder), { recursive: true, force: true });
    },
  };
}

/** Staging folders of runs that died: the next run clears them. */
function removeStaleStaging(parent: string, name: string): void {
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(`.${name}.staging-`)) continue;
    const pid = Number(entry.slice(`.${name}.staging-`.length).split('-')[0]);
    if (pid === process.pid || !isProcessAlive(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}
