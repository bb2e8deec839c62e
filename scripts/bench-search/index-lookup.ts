/**
 * A query answered from the index files on disk, through the app's own parsers and
 * intersection (src/bundle/parse-search-files.ts, src/shared/search-match.ts), fetching
 * what src/bundle/search-query.ts fetches: the directory, the shard of every key (each
 * shard once, absent keys included, as the client asks for them all at once), and the
 * own file of every large list it finds.
 */
import { decodeEntry, parseSearchIdPage, parseSearchList, parseSearchShard, type SearchShardEntry } from '../../src/bundle/parse-search-files';
import { searchCandidates, type KeyLists, type SearchCandidates, type SearchPlan } from '../../src/shared/search-match';
import { searchShardOf } from '../../src/shared/search-text';
import type { BundleReader } from './bundle-reader';

export interface IndexAnswer {
  readonly candidates: SearchCandidates;
  /** Bundle-relative paths of the index files the query needs: directory, shards, large lists. */
  readonly files: readonly string[];
}

export interface IndexLookup {
  answer(plan: SearchPlan): IndexAnswer;
  /** The article id at every ordinal, from the id pages. */
  readonly ids: readonly string[];
  /** The id page that names an ordinal. */
  idPagePath(ordinal: number): string;
}

export function openIndex(reader: BundleReader): IndexLookup {
  const { manifest, directory } = reader;
  const n = directory.shards.length;
  const shards = new Map<number, ReadonlyMap<string, SearchShardEntry>>();
  const shardOf = (shard: number): ReadonlyMap<string, SearchShardEntry> => {
    let entries = shards.get(shard);
    if (!entries) {
      const path = reader.searchPath(directory.shards[shard]!);
      entries = parseSearchShard(reader.json(path), path, shard, n);
      shards.set(shard, entries);
    }
    return entries;
  };

  const ids: string[] = [];
  directory.idPages.forEach((hash, k) => {
    const path = reader.searchPath(hash);
    const first = k * directory.idPageSize;
    const length = Math.min(directory.idPageSize, manifest.articleCount - first);
    for (const [id] of parseSearchIdPage(reader.json(path), path, first, length).articles) ids.push(id);
  });

  return {
    ids,
    idPagePath: (ordinal) => reader.searchPath(directory.idPages[Math.floor(ordinal / directory.idPageSize)]!),
    answer(plan) {
      const files = new Set<string>([reader.directoryPath]);
      const lists = new Map<string, KeyLists | null>();
      for (const key of plan.keys) {
        const shard = searchShardOf(key, n);
        const shardPath = reader.searchPath(directory.shards[shard]!);
        files.add(shardPath);
        const entry = shardOf(shard).get(key);
        if (!entry) {
          lists.set(key, null);
          continue;
        }
        const decoded = decodeEntry(entry, shardPath, manifest.articleCount);
        let own = decoded.own;
        if (own === undefined) {
          const listPath = reader.searchPath(entry.ordinals.slice(1));
          files.add(listPath);
          own = parseSearchList(reader.json(listPath), listPath, key, entry.count, manifest.articleCount);
        }
        lists.set(key, { ...own, title: decoded.title });
      }
      return { candidates: searchCandidates(plan, lists), files: [...files] };
    },
  };
}
