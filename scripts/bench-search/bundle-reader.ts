/**
 * A bundle on disk as the search benchmark reads it: the manifest, any file's JSON, and
 * every file's size raw and gzipped at zlib's default level (what the benchmark's server
 * sends), the gzip size computed once per file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Manifest } from '../../src/shared/bundle-types';

export interface FileSize {
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleReader {
  readonly dir: string;
  readonly manifest: Manifest;
  json(path: string): unknown;
  /** `raw`, when the caller has read the file already, spares reading it again. */
  size(path: string, raw?: Buffer): FileSize;
  searchPath(hash: string): string;
  articlePath(id: string): string;
  /** Every file of the bundle, bundle-relative, `/`-separated. */
  allFiles(): string[];
}

export function openBundle(dir: string): BundleReader {
  const sizes = new Map<string, FileSize>();
  const json = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));
  const manifest = json('manifest.json') as Manifest;
  const searchPath = (hash: string) => manifest.files.search.replace('{hash}', hash);
  return {
    dir,
    manifest,
    json,
    size(path, raw) {
      let size = sizes.get(path);
      if (!size) {
        const buffer = raw ?? readFileSync(join(dir, path));
        size = { raw: buffer.length, gzip: gzipSync(buffer).length };
        sizes.set(path, size);
      }
      return size;
    },
    searchPath,
    // On disk the id is the file name as it is; only URLs need it encoded, and ids are URL-safe.
    articlePath: (id) => manifest.files.article.replace('{id}', id),
    allFiles: () => walk(dir).map((file) => relative(dir, file).split('\\').join('/')),
  };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile() || statSync(path).isFile()) out.push(path);
  }
  return out;
}
