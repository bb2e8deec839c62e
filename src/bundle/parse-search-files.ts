import { isArticleId } from '../shared/article-id';
import type { SearchIdPage, SearchIndex, SearchSegment } from '../shared/bundle-types';
import { decodeOrdinals, OrdinalListError } from '../shared/ordinal-list';
import { decodePositions, type PositionLists } from '../shared/search-positions';
import { searchShardOf } from '../shared/search-text';
import { BundleError } from '../lib/bundle-error';
import { count, failAt, list, object, text, type Check } from '../lib/check-json';
import { fileHash } from './bundle-checks';

/** Shards a segment may have, and segments an index: the ingest writes at most 4,096 and 3. */
const MAX_SHARDS = 1 << 16;
const MAX_SEGMENTS = 64;

const checkSegment: Check<SearchSegment> = object({ first: count, count, name: fileHash, shards: count });
const checkIndex = object({ idPageSize: count, segments: list(checkSegment) });

/**
 * The manifest's search section: segments in order, covering every article once, each
 * with a power of two of shards — so no lookup can ask for a file the index lacks.
 */
export const checkSearchIndex: Check<SearchIndex> = (value, path) => {
  const index = checkIndex(value, path);
  if (index.idPageSize === 0) failAt(`${path}.idPageSize`, 'is 0');
  if (index.segments.length > MAX_SEGMENTS) failAt(`${path}.segments`, 'are too many');
  let next = 0;
  index.segments.forEach((segment, i) => {
    const at = `${path}.segments[${i}]`;
    if (segment.first !== next || segment.count === 0) failAt(at, 'does not follow the segment before it');
    if (segment.shards === 0 || segment.shards > MAX_SHARDS || (segment.shards & (segment.shards - 1)) !== 0) failAt(`${at}.shards`, 'is not a power of two');
    next += segment.count;
  });
  return index;
};

/** Checks that an index covers exactly `articleCount` articles. */
export function checkSearchCoverage(index: SearchIndex, articleCount: number, path: string): void {
  const covered = index.segments.reduce((n, s) => n + s.count, 0);
  if (covered !== articleCount) failAt(path, `covers ${covered} articles, not ${articleCount}`);
}

const checkIdPair: Check<readonly [string, string]> = (value, path) => {
  if (!Array.isArray(value) || value.length !== 2) failAt(path, 'is not an [id, rev] pair');
  const id = text(value[0], `${path}[0]`);
  if (!isArticleId(id)) failAt(`${path}[0]`, 'is not an article id');
  return [id, fileHash(value[1], `${path}[1]`)];
};
const checkIdPage = object({ first: count, articles: list(checkIdPair) });

/** An id page, checked against the (segment-relative) ordinals it must hold. */
export function parseSearchIdPage(value: unknown, file: string, first: number, length: number): SearchIdPage {
  const page = checkIdPage(value, file);
  if (page.first !== first || page.articles.length !== length) failAt(file, `is not the id page of ordinals ${first} to ${first + length - 1}`);
  return page;
}

/** A key's entry as its shard holds it; the lists are decoded only when a query needs them. */
export interface SearchShardEntry {
  readonly count: number;
  /** An encoded list, or "@j" for the shard's list file j. */
  readonly ordinals: string;
  readonly title: string;
  /** "" when the list file holds them. */
  readonly frequent: string;
  /** "=" and encoded positions, "#j" for the shard's positions file j, or "" for none kept. */
  readonly positions: string;
}

const FILE_INDEX = /^(?:0|[1-9]\d{0,5})$/;

const checkEntry: Check<readonly [string, number, string, string, string, string]> = (value, path) => {
  if (!Array.isArray(value) || value.length !== 6) failAt(path, 'is not a [key, count, ordinals, titleOrdinals, frequentOrdinals, positions] entry');
  return [
    text(value[0], `${path}[0]`),
    count(value[1], `${path}[1]`),
    text(value[2], `${path}[2]`),
    text(value[3], `${path}[3]`),
    text(value[4], `${path}[4]`),
    text(value[5], `${path}[5]`),
  ];
};
const checkShard = object({ entries: list(checkEntry) });

/**
 * A shard, checked against where it was looked up: every key two units long and in this
 * shard (a shard of another segment would answer for keys it does not hold), every
 * reference to another file a plain index.
 */
export function parseSearchShard(value: unknown, file: string, shard: number, shardCount: number): ReadonlyMap<string, SearchShardEntry> {
  const { entries } = checkShard(value, file);
  const out = new Map<string, SearchShardEntry>();
  entries.forEach(([key, n, ordinals, title, frequent, positions], i) => {
    const at = `${file}.entries[${i}]`;
    if (key.length !== 2 || searchShardOf(key, shardCount) !== shard) failAt(at, 'holds a key of another shard');
    if (ordinals.startsWith('@')) {
      if (!FILE_INDEX.test(ordinals.slice(1))) failAt(`${at}[2]`, 'names no list file');
      if (frequent !== '') failAt(`${at}[4]`, 'lists frequent articles its own file holds');
    }
    if (positions.startsWith('#') && !FILE_INDEX.test(positions.slice(1))) failAt(`${at}[5]`, 'names no positions file');
    if (positions !== '' && !positions.startsWith('#') && !positions.startsWith('=')) failAt(`${at}[5]`, 'is not positions');
    out.set(key, { count: n, ordinals, title, frequent, positions });
  });
  return out;
}

const checkList = object({ key: text, count, ordinals: text, frequent: text });

/** What a large list's own file holds: the key's articles, and those where it is frequent. */
export interface OwnList {
  readonly all: Int32Array;
  readonly frequent: Int32Array;
}

/** A large list's own file: it must be the key's and as long as its entry says. */
export function parseSearchList(value: unknown, file: string, key: string, expectedCount: number, segmentCount: number): OwnList {
  const listed = checkList(value, file);
  if (listed.key !== key || listed.count !== expectedCount) failAt(file, `is not the list of ${JSON.stringify(key)}`);
  return { all: decodeList(listed.ordinals, file, segmentCount, expectedCount), frequent: decodeList(listed.frequent, file, segmentCount) };
}

const checkPositionsPair: Check<readonly [string, string]> = (value, path) => {
  if (!Array.isArray(value) || value.length !== 2) failAt(path, 'is not a [key, positions] pair');
  return [text(value[0], `${path}[0]`), text(value[1], `${path}[1]`)];
};
const checkPositionsFile = object({ entries: list(checkPositionsPair) });

/** A positions file: each key's encoded positions, decoded only when a query needs them. */
export function parseSearchPositions(value: unknown, file: string): ReadonlyMap<string, string> {
  return new Map(checkPositionsFile(value, file).entries);
}

/** The lists of an inline entry; undefined for a list in its own file (all and frequent). */
export function decodeEntry(entry: SearchShardEntry, file: string, segmentCount: number): { own: OwnList | undefined; title: Int32Array } {
  const title = decodeList(entry.title, file, segmentCount);
  if (entry.ordinals.startsWith('@')) return { own: undefined, title };
  return {
    own: { all: decodeList(entry.ordinals, file, segmentCount, entry.count), frequent: decodeList(entry.frequent, file, segmentCount) },
    title,
  };
}

export function decodeList(encoded: string, file: string, limit: number, expectedCount?: number): Int32Array {
  try {
    return decodeOrdinals(encoded, limit, expectedCount);
  } catch (error) {
    if (error instanceof OrdinalListError) throw new BundleError('invalid', `${file}: ${error.message}`);
    throw error;
  }
}

/** Positions aligned with a list of `postings` articles; a malformed text is the file's fault. */
export function decodePositionsIn(encoded: string, file: string, postings: number): PositionLists {
  try {
    return decodePositions(encoded, postings);
  } catch (error) {
    if (error instanceof OrdinalListError) throw new BundleError('invalid', `${file}: positions ${error.message}`);
    throw error;
  }
}
