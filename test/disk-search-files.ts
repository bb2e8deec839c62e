import type { Manifest } from '../src/shared/bundle-types';
import { searchFileName } from '../src/shared/search-file-name';
import { parseSearchList, parseSearchPositions, parseSearchShard } from '../src/bundle/parse-search-files';
import type { SearchFiles } from '../src/bundle/search-engine';

/**
 * The search engine's files (src/bundle/search-engine.ts) read from a bundle on disk
 * through the app's own parsers, each file once; `onFile` hears every bundle-relative
 * path the engine asks for, as a browser with an empty cache would fetch them.
 */
export function diskSearchFiles(manifest: Manifest, read: (path: string) => string | undefined, onFile?: (path: string) => void): SearchFiles {
  const cache = new Map<string, unknown>();
  const pathOf = (name: string, local: string) => manifest.files.search.replace('{hash}', searchFileName(name, local));
  const load = <T>(path: string, parse: (value: unknown, file: string) => T): T => {
    onFile?.(path);
    if (!cache.has(path)) {
      const text = read(path);
      if (text === undefined) throw new Error(`${path}: missing`);
      cache.set(path, parse(JSON.parse(text), path));
    }
    return cache.get(path) as T;
  };
  return {
    shard: async (segment, k) => load(pathOf(segment.name, `s${k}`), (v, f) => parseSearchShard(v, f, k, segment.shards)),
    list: async (segment, k, j, key, count) => load(pathOf(segment.name, `l${k}-${j}`), (v, f) => parseSearchList(v, f, key, count, segment.count)),
    positions: async (segment, k, j) => load(pathOf(segment.name, `p${k}-${j}`), parseSearchPositions),
    path: (segment, local) => pathOf(segment.name, local),
  };
}
