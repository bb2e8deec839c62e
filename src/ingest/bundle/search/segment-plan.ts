import { SEARCH_SEGMENT_LEVELS } from '../../../shared/bundle-types';
import { contentHashOf } from '../content-hash';

/**
 * Bumped whenever the same articles would give other index files: the text rules of
 * src/shared/search-text.ts, the file formats, the sizes below. Part of every segment's
 * name, so a changed ingest never reuses an older segment's files.
 */
export const SEARCH_INDEX_VERSION = 6;

/**
 * Sizes, measured on generated corpora (README, "Search"). A shard is fetched whole for
 * one key, so its size is what a key costs a query: about 10 KB gzip. What fills it
 * differs with the segment: in a large one, long lists (about `articlesPerShard`
 * articles a shard); in a small one, many rare keys (about `keysPerShard` keys a shard).
 * The newest segment, rewritten with every new article, has at most `tailShards`.
 */
export const SEARCH_SEGMENT_SIZES = Object.freeze({ articlesPerShard: 50, keysPerShard: 600, maxShards: 4096, tailShards: 32 });

/** A segment before it is indexed: its articles, and whether it is the newest, below the smallest level. */
export interface PlannedSegment {
  readonly first: number;
  readonly count: number;
  readonly tail: boolean;
}

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
    if (count > 0) out.push({ first, count, tail: i === cuts.length - 1 });
  }
  return out;
}

/** A segment's shards for its articles and its estimated distinct keys: a power of two. */
export function shardCountFor(articles: number, distinctKeys: number, tail: boolean): number {
  const { articlesPerShard, keysPerShard, tailShards, maxShards } = SEARCH_SEGMENT_SIZES;
  const max = tail ? tailShards : maxShards;
  let shards = 1;
  while (shards < max && (shards * keysPerShard < distinctKeys || shards * articlesPerShard < articles)) shards *= 2;
  return shards;
}

/**
 * A segment's name: the hash of what its files are built from — the index version, its
 * place, and each article's id and rev (the rev hashes the article file, from which the
 * searchable text is made). Equal names mean equal files.
 */
export function segmentName(segment: PlannedSegment, articles: readonly { readonly id: string; readonly rev: string }[]): string {
  function* parts(): Generator<string> {
    yield `ducai-search-${SEARCH_INDEX_VERSION} ${segment.first} ${segment.count}\n`;
    for (let o = segment.first; o < segment.first + segment.count; o++) yield `${articles[o]!.id} ${articles[o]!.rev}\n`;
  }
  return contentHashOf(parts());
}
