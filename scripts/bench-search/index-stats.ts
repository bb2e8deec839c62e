/**
 * The search index's footprint in a bundle: its files by kind (the directory, shards,
 * large lists, id pages), raw and gzip bytes, the largest file, and its share of the
 * whole bundle (every file, raw and gzipped one by one, as the server sends them).
 */
import type { BundleReader, FileSize } from './bundle-reader';
import { spread, type Spread } from './stats';

interface KindStats {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
  /** Gzip bytes per file. */
  readonly gzipSpread: Spread;
}

export interface IndexStats {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
  readonly largest: { readonly path: string; readonly raw: number; readonly gzip: number };
  readonly byKind: { readonly directory: KindStats; readonly shards: KindStats; readonly lists: KindStats; readonly idPages: KindStats };
  readonly bundle: { readonly files: number; readonly raw: number; readonly gzip: number };
  readonly fractionRaw: number;
  readonly fractionGzip: number;
}

export function indexStats(reader: BundleReader): IndexStats {
  const files = reader.allFiles();
  const prefix = reader.manifest.files.search.slice(0, reader.manifest.files.search.indexOf('{hash}'));
  const shards = new Set(reader.directory.shards.map(reader.searchPath));
  const idPages = new Set(reader.directory.idPages.map(reader.searchPath));
  const kinds = { directory: [] as FileSize[], shards: [] as FileSize[], lists: [] as FileSize[], idPages: [] as FileSize[] };
  let bundleRaw = 0;
  let bundleGzip = 0;
  let largest = { path: '', raw: -1, gzip: 0 };
  for (const path of files) {
    const size = reader.size(path);
    bundleRaw += size.raw;
    bundleGzip += size.gzip;
    if (!path.startsWith(prefix)) continue;
    if (size.raw > largest.raw) largest = { path, ...size };
    const kind = path === reader.directoryPath ? 'directory' : shards.has(path) ? 'shards' : idPages.has(path) ? 'idPages' : 'lists';
    kinds[kind].push(size);
  }
  const of = (sizes: readonly FileSize[]): KindStats => ({
    files: sizes.length,
    raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    gzipSpread: spread(sizes.map((s) => s.gzip)),
  });
  const byKind = { directory: of(kinds.directory), shards: of(kinds.shards), lists: of(kinds.lists), idPages: of(kinds.idPages) };
  const all = Object.values(byKind);
  const raw = all.reduce((sum, k) => sum + k.raw, 0);
  const gzip = all.reduce((sum, k) => sum + k.gzip, 0);
  return {
    files: all.reduce((sum, k) => sum + k.files, 0),
    raw,
    gzip,
    largest,
    byKind,
    bundle: { files: files.length, raw: bundleRaw, gzip: bundleGzip },
    fractionRaw: raw / bundleRaw,
    fractionGzip: gzip / bundleGzip,
  };
}
