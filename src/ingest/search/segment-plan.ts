import { SEARCH_SEGMENT_LEVELS, type SearchSegment } from '../../shared/bundle-types';
import { contentHash } from '../bundle/content-hash';

/**
 * Bumped whenever the same articles would give other index files: the text rules of
 * src/shared/search-text.ts, the file formats, the sizes below. Part of every segment's
 * name, so a changed ingest never reuses an older segment's files.
 */
export const SEARCH_INDEX_VERSION = 3;

/**
 * Sizes, measured on generated corpora (README, "Search"): about `articlesPerShard`
 * articles a shard keeps a shard near 10–20 KB gzip; the newest segment, rewritten with
 * every new article, has at most `tailShards`, so one new post rewrites few files.
 */
export const SEARCH_SEGMENT_SIZES = Object.freeze({ articlesPerShard: 50, maxShards: 4096, tailShards: 8 });

export type PlannedSegment = Omit<SearchSegment, 'name'>;

/**
 * The segments of a corpus of `articleCount` articles: cut at the last multiple of each
 * level (SEARCH_SEGMENT_LEVELS), so they depend on the count alone, never on the order
 * in which articles arrived — an incremental build and a full one agree.
 */
export function planSegments(articleCount: number): PlannedSegment[] {
  const cuts = [0, ...SEARCH_SEGMENT_LEVELS.map((level) => Math.floor(articleCount / level) * level), articleCount];
  const out: PlannedSegment[] = [];
  for (let i = 1; i < cuts.length; i++) {
    const first = cuts[i - 1]!;
    const count = cuts[i]! - first;
    if (count <= 0) continue;
    const tail = i === cuts.length - 1 && count < SEARCH_SEGMENT_LEVELS.at(-1)!;
    out.push({ first, count, shards: shardCount(count, tail ? SEARCH_SEGMENT_SIZES.tailShards : SEARCH_SEGMENT_SIZES.maxShards) });
  }
  return out;
}

function shardCount(articles: number, max: number): number {
  let shards = 1;
  while (shards < max && shards * SEARCH_SEGMENT_SIZES.articlesPerShard < articles) shards *= 2;
  return shards;
}

/**
 * A segment's name: the hash of what its files are built from — the index version, its
 * place and shards, and each article's id and rev (the rev hashes the article file, from
 * which the searchable text is made). Equal names mean equal files.
 */
export function segmentName(segment: PlannedSegment, articles: readonly { readonly id: string; readonly rev: string }[]): string {
  const parts = [`ducai-search-${SEARCH_INDEX_VERSION} ${segment.first} ${segment.count} ${segment.shards}\n`];
  for (let o = segment.first; o < segment.first + segment.count; o++) parts.push(`${articles[o]!.id} ${articles[o]!.rev}\n`);
  return contentHash(...parts);
}
