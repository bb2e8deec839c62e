import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { IngestReport } from '../shared/bundle-types';
import type { BundleFiles } from './build-bundle';
import { metaPageFile } from './build-bundle';

export interface BundleWriter {
  /** The staging folder's articles/, where processFiles writes article files. */
  readonly articlesDir: string;
  /** Writes (or overwrites) one article file: `json` is the serialized Article. */
  writeArticle(id: string, json: string): void;
  /** Writes the manifest, pages, index and report, then swaps the bundle into place. */
  commit(files: BundleFiles, report: IngestReport): void;
  /** Throws the staged files away; the previous bundle stays as it was. */
  abort(): void;
}

/**
 * Writes a bundle so that readers only ever see a whole one: everything goes into a
 * fresh sibling folder, which then takes the place of `outDir` by rename. A run that
 * fails before the swap leaves the previous bundle exactly as it was. Articles can be
 * written as they are processed, so writing overlaps with the work of the workers.
 * `writeFile` is there for tests that need a disk to fail part-way.
 */
export function openBundleWriter(
  outDir: string,
  writeFile: (path: string, data: string) => void = writeFileSync,
): BundleWriter {
  const parent = dirname(outDir);
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, `.${basename(outDir)}.staging-${stamp}`);
  const retired = join(parent, `.${basename(outDir)}.old-${stamp}`);
  mkdirSync(join(staging, 'meta'), { recursive: true });
  mkdirSync(join(staging, 'articles'));
  const writeJson = (path: string, value: unknown): void => writeFile(join(staging, path), JSON.stringify(value));

  return {
    articlesDir: join(staging, 'articles'),
    writeArticle(id, json) {
      writeFile(join(staging, 'articles', `${id}.json`), json);
    },
    commit(files, report) {
      for (const page of files.pages) writeJson(metaPageFile(page.page), page);
      writeJson(files.manifest.index, files.index);
      writeJson('report.json', report);
      // The manifest last: a staging folder with a manifest is complete.
      writeJson('manifest.json', files.manifest);
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
