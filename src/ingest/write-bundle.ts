import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Article, IngestReport } from '../shared/bundle-types';
import type { BundleFiles } from './build-bundle';
import { metaPageFile } from './build-bundle';

/**
 * Writes the bundle so that readers only ever see a whole one: everything goes into a
 * fresh sibling folder, which then takes the place of `outDir` by rename. A run that
 * fails before the swap leaves the previous bundle exactly as it was. `writeFile` is
 * there for tests that need a disk to fail part-way.
 */
export function writeBundle(
  outDir: string,
  files: BundleFiles,
  articles: readonly Article[],
  report: IngestReport,
  writeFile: (path: string, data: string) => void = writeFileSync,
): void {
  const writeJson = (path: string, value: unknown): void => writeFile(path, JSON.stringify(value));
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, `.${basename(outDir)}.staging-${stamp}`);
  const retired = join(parent, `.${basename(outDir)}.old-${stamp}`);
  try {
    mkdirSync(join(staging, 'meta'), { recursive: true });
    mkdirSync(join(staging, 'articles'));
    for (const article of articles) writeJson(join(staging, 'articles', `${article.id}.json`), article);
    for (const page of files.pages) writeJson(join(staging, metaPageFile(page.page)), page);
    writeJson(join(staging, files.manifest.index), files.index);
    writeJson(join(staging, 'report.json'), report);
    // The manifest last: a staging folder with a manifest is complete.
    writeJson(join(staging, 'manifest.json'), files.manifest);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, retired);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(retired, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) rmSync(retired, { recursive: true, force: true });
}
