import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';

import type { Manifest, SearchDirectory } from '../shared/bundle-types';
import { searchCandidates, type KeyLists, type SearchCandidates, type SearchPlan } from '../shared/search-match';
import { searchShardOf } from '../shared/search-text';
import { bundleFile } from './bundle-file';
import { fetchBundleJson } from './fetch-bundle-json';
import { decodeEntry, parseSearchDirectory, parseSearchIdPage, parseSearchList, parseSearchShard } from './parse-search-files';

export function getSearchDirectoryQueryOptions(manifest: Manifest | undefined) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'search', manifest?.search],
    queryFn: manifest
      ? async ({ signal }) => {
          const file = bundleFile(manifest, 'search', manifest.search);
          return parseSearchDirectory(await fetchBundleJson(file, signal), file, manifest.articleCount);
        }
      : skipToken,
    staleTime: Infinity,
  });
}

function getSearchShardQueryOptions(manifest: Manifest, hash: string, shard: number, shardCount: number) {
  return queryOptions({
    queryKey: ['bundle', manifest.version, 'search', hash],
    queryFn: async ({ signal }) => {
      const file = bundleFile(manifest, 'search', hash);
      return parseSearchShard(await fetchBundleJson(file, signal), file, shard, shardCount);
    },
    staleTime: Infinity,
  });
}

function getSearchListQueryOptions(manifest: Manifest, hash: string, key: string, count: number) {
  return queryOptions({
    queryKey: ['bundle', manifest.version, 'search', hash],
    queryFn: async ({ signal }) => {
      const file = bundleFile(manifest, 'search', hash);
      return parseSearchList(await fetchBundleJson(file, signal), file, key, count, manifest.articleCount);
    },
    staleTime: Infinity,
  });
}

/**
 * A query's candidates from the index: the directory, each shard its keys fall in
 * (each once), and the own files of large lists, every file cached by its hash so the
 * next query, or the next keystroke, fetches only what it adds.
 */
export function getSearchCandidatesQueryOptions(client: QueryClient, manifest: Manifest | undefined, plan: SearchPlan) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'search', 'candidates', ...plan.keys],
    queryFn:
      manifest && plan.keys.length > 0
        ? async (): Promise<SearchCandidates> => {
            const directory = await client.fetchQuery(getSearchDirectoryQueryOptions(manifest));
            const n = directory.shards.length;
            const lists = new Map<string, KeyLists | null>();
            await Promise.all(
              plan.keys.map(async (key) => {
                const shard = searchShardOf(key, n);
                const hash = directory.shards[shard]!;
                const entries = await client.fetchQuery(getSearchShardQueryOptions(manifest, hash, shard, n));
                const entry = entries.get(key);
                if (!entry) {
                  lists.set(key, null);
                  return;
                }
                const file = bundleFile(manifest, 'search', hash);
                const decoded = decodeEntry(entry, file, manifest.articleCount);
                const own =
                  decoded.own ?? (await client.fetchQuery(getSearchListQueryOptions(manifest, entry.ordinals.slice(1), key, entry.count)));
                lists.set(key, { ...own, title: decoded.title });
              }),
            );
            return searchCandidates(plan, lists);
          }
        : skipToken,
    staleTime: Infinity,
  });
}

/** The id page of an ordinal: which article file a search result is. */
export function getSearchIdPageQueryOptions(manifest: Manifest, directory: SearchDirectory, ordinal: number) {
  const k = Math.floor(ordinal / directory.idPageSize);
  const hash = directory.idPages[k]!;
  const first = k * directory.idPageSize;
  return queryOptions({
    queryKey: ['bundle', manifest.version, 'search', hash],
    queryFn: async ({ signal }) => {
      const file = bundleFile(manifest, 'search', hash);
      const length = Math.min(directory.idPageSize, manifest.articleCount - first);
      return parseSearchIdPage(await fetchBundleJson(file, signal), file, first, length);
    },
    staleTime: Infinity,
  });
}
