import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';

import type { Manifest, SearchSegment } from '../shared/bundle-types';
import { searchFileName } from '../shared/search-file-name';
import type { SearchPlan } from '../shared/search-match';
import { bundleFile } from './bundle-file';
import { fetchBundleJson } from './fetch-bundle-json';
import { parseSearchIdPage, parseSearchList, parseSearchPositions, parseSearchShard } from './parse-search-files';
import { answerSearch, type SearchAnswer, type SearchFiles } from './search-engine';

/** One search file, fetched and parsed once per bundle version: its name says what it holds. */
function searchFileQueryOptions<T>(manifest: Manifest, segment: SearchSegment, local: string, parse: (value: unknown, file: string) => T) {
  const name = searchFileName(segment.name, local);
  return queryOptions({
    queryKey: ['bundle', manifest.version, 'search', name],
    queryFn: async ({ signal }) => {
      const file = bundleFile(manifest, 'search', name);
      return parse(await fetchBundleJson(file, signal), file);
    },
    staleTime: Infinity,
  });
}

/** The search files through the query cache: the next query, or keystroke, fetches only what it adds. */
function cachedSearchFiles(client: QueryClient, manifest: Manifest): SearchFiles {
  return {
    shard: (segment, k) => client.fetchQuery(searchFileQueryOptions(manifest, segment, `s${k}`, (v, f) => parseSearchShard(v, f, k, segment.shards))),
    list: (segment, k, j, key, count) =>
      client.fetchQuery(searchFileQueryOptions(manifest, segment, `l${k}-${j}`, (v, f) => parseSearchList(v, f, key, count, segment.count))),
    positions: (segment, k, j) => client.fetchQuery(searchFileQueryOptions(manifest, segment, `p${k}-${j}`, parseSearchPositions)),
    path: (segment, local) => bundleFile(manifest, 'search', searchFileName(segment.name, local)),
  };
}

/** A query's answer from the index (search-engine.ts), cached per bundle version and keys. */
export function getSearchAnswerQueryOptions(client: QueryClient, manifest: Manifest | undefined, plan: SearchPlan) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'search', 'answer', ...plan.terms],
    queryFn:
      manifest && plan.keys.length > 0 ? (): Promise<SearchAnswer> => answerSearch(plan, manifest.search, cachedSearchFiles(client, manifest)) : skipToken,
    staleTime: Infinity,
  });
}

/** The segment an ordinal is in. */
function segmentOf(manifest: Manifest, ordinal: number): SearchSegment {
  const segment = manifest.search.segments.find((s) => ordinal >= s.first && ordinal < s.first + s.count);
  if (!segment) throw new RangeError(`ordinal ${ordinal} is in no search segment`);
  return segment;
}

/** The id page of an ordinal: which article file a search result is. Resolves to [id, rev]. */
export function getSearchIdQueryOptions(manifest: Manifest, ordinal: number) {
  const segment = segmentOf(manifest, ordinal);
  const size = manifest.search.idPageSize;
  const k = Math.floor((ordinal - segment.first) / size);
  const first = k * size;
  const length = Math.min(size, segment.count - first);
  return searchFileQueryOptions(manifest, segment, `i${k}`, (v, f) => parseSearchIdPage(v, f, first, length));
}

/** [id, rev] of the article at an ordinal, through its id page. */
export async function searchResultId(client: QueryClient, manifest: Manifest, ordinal: number): Promise<readonly [string, string]> {
  const segment = segmentOf(manifest, ordinal);
  const page = await client.fetchQuery(getSearchIdQueryOptions(manifest, ordinal));
  return page.articles[ordinal - segment.first - page.first]!;
}
