/**
 * The search index's footprint in a bundle: its files by kind (shards, large lists,
 * positions, id pages), raw and gzip bytes, the largest file, and its share of the
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
  readonly byKind: { readonly shards: KindStats; readonly lists: KindStats; readonly positions: KindStats; readonly idPages: KindStats };
  /** The segments: articles and shards of each. */
  readonly segments: readonly { readonly count: number; readonly shards: number }[];
  readonly bundle: { readonly files: number; readonly raw: number; readonly gzip: number };
  readonly fractionRaw: number;
  readonly fractionGzip: number;
}

export function indexStats(reader: BundleReader): IndexStats {
  const files = reader.allFiles();
  const prefix = reader.manifest.files.search.slice(0, reader.manifest.files.search.indexOf('{hash}'));
  const kinds = { shards: [] as FileSize[], lists: [] as FileSize[], positions: [] as FileSize[], idPages: [] as FileSize[] };
  const KIND_OF = { s: 'shards', l: 'lists', p: 'positions', i: 'idPages' } as const;
  let bundleRaw = 0;
  let bundleGzip = 0;
  let largest = { path: '', raw: -1, gzip: 0 };
  for (const path of files) {
    const size = reader.size(path);
    bundleRaw += size.raw;
    bundleGzip += size.gzip;
    if (!path.startsWith(prefix)) continue;
    if (size.raw > largest.raw) largest = { path, ...size };
    // search/<segment>-<local>.json: the local name's first letter is the kind.
    const local = /-([slpi])[\d-]*\.json$/.exec(path)?.[1] as keyof typeof KIND_OF | undefined;
    if (local === undefined) throw new Error(`${path}: not a search file`);
    kinds[KIND_OF[local]].push(size);
  }
  const of = (sizes: readonly FileSize[]): KindStats => ({
    files: sizes.length,
    raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    gzipSpread: spread(sizes.map((s) => s.gzip)),
  });
  const byKind = { shards: of(kinds.shards), lists: of(kinds.lists), positions: of(kinds.positions), idPages: of(kinds.idPages) };
  const all = Object.values(byKind);
  const raw = all.reduce((sum, k) => sum + k.raw, 0);
  const gzip = all.reduce((sum, k) => sum + k.gzip, 0);
  return {
    files: all.reduce((sum, k) => sum + k.files, 0),
    raw,
    gzip,
    largest,
    byKind,
    segments: reader.manifest.search.segments.map(({ count, shards }) => ({ count, shards })),
    bundle: { files: files.length, raw: bundleRaw, gzip: bundleGzip },
    fractionRaw: raw / bundleRaw,
    fractionGzip: gzip / bundleGzip,
  };
}
