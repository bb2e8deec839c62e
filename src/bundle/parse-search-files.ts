import { isArticleId } from '../shared/article-id';
import type { SearchDirectory, SearchIdPage } from '../shared/bundle-types';
import { decodeOrdinals, OrdinalListError } from '../shared/ordinal-list';
import type { KeyLists } from '../shared/search-match';
import { searchShardOf } from '../shared/search-text';
import { BundleError } from '../lib/bundle-error';
import { count, failAt, list, object, text, type Check } from '../lib/check-json';
import { fileHash } from './bundle-checks';

/** Shards a directory may name: the ingest writes at most 4,096. */
const MAX_SHARDS = 1 << 16;

const checkDirectory = object({ shards: list(fileHash), idPageSize: count, idPages: list(fileHash) });

export function parseSearchDirectory(value: unknown, file: string, articleCount: number): SearchDirectory {
  const directory = checkDirectory(value, file);
  const n = directory.shards.length;
  if (n === 0 || n > MAX_SHARDS || (n & (n - 1)) !== 0) failAt(`${file}.shards`, 'is not a power of two of shards');
  if (directory.idPageSize === 0 || directory.idPages.length !== Math.ceil(articleCount / directory.idPageSize)) {
    failAt(`${file}.idPages`, `do not cover the ${articleCount} articles`);
  }
  return directory;
}

const checkIdPair: Check<readonly [string, string]> = (value, path) => {
  if (!Array.isArray(value) || value.length !== 2) failAt(path, 'is not an [id, rev] pair');
  const id = text(value[0], `${path}[0]`);
  if (!isArticleId(id)) failAt(`${path}[0]`, 'is not an article id');
  return [id, fileHash(value[1], `${path}[1]`)];
};
const checkIdPage = object({ first: count, articles: list(checkIdPair) });

/** An id page, checked against the ordinals the directory says it holds. */
export function parseSearchIdPage(value: unknown, file: string, first: number, length: number): SearchIdPage {
  const page = checkIdPage(value, file);
  if (page.first !== first || page.articles.length !== length) failAt(file, `is not the id page of ordinals ${first} to ${first + length - 1}`);
  return page;
}

/** A key's entry as its shard holds it; the lists are decoded only when a query needs them. */
export interface SearchShardEntry {
  readonly count: number;
  /** An encoded list, or "@hash" of the SearchList that holds it. */
  readonly ordinals: string;
  readonly title: string;
  /** "" when the SearchList holds them. */
  readonly frequent: string;
}

const checkEntry: Check<readonly [string, number, string, string, string]> = (value, path) => {
  if (!Array.isArray(value) || value.length !== 5) failAt(path, 'is not a [key, count, ordinals, titleOrdinals, frequentOrdinals] entry');
  return [
    text(value[0], `${path}[0]`),
    count(value[1], `${path}[1]`),
    text(value[2], `${path}[2]`),
    text(value[3], `${path}[3]`),
    text(value[4], `${path}[4]`),
  ];
};
const checkShard = object({ entries: list(checkEntry) });

/**
 * A shard, checked against where it was looked up: every key two units long and in
 * this shard (a shard of another directory would answer for keys it does not hold).
 */
export function parseSearchShard(value: unknown, file: string, shard: number, shardCount: number): ReadonlyMap<string, SearchShardEntry> {
  const { entries } = checkShard(value, file);
  const out = new Map<string, SearchShardEntry>();
  entries.forEach(([key, n, ordinals, title, frequent], i) => {
    if (key.length !== 2 || searchShardOf(key, shardCount) !== shard) failAt(`${file}.entries[${i}]`, 'holds a key of another shard');
    if (ordinals.startsWith('@')) {
      fileHash(ordinals.slice(1), `${file}.entries[${i}][2]`);
      if (frequent !== '') failAt(`${file}.entries[${i}][4]`, 'lists frequent articles its own file holds');
    }
    out.set(key, { count: n, ordinals, title, frequent });
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
export function parseSearchList(value: unknown, file: string, key: string, expectedCount: number, articleCount: number): OwnList {
  const listed = checkList(value, file);
  if (listed.key !== key || listed.count !== expectedCount) failAt(file, `is not the list of ${JSON.stringify(key)}`);
  return { all: decodeList(listed.ordinals, file, articleCount, expectedCount), frequent: decodeList(listed.frequent, file, articleCount) };
}

/** The lists of an inline entry; undefined for a list in its own file (all and frequent). */
export function decodeEntry(entry: SearchShardEntry, file: string, articleCount: number): { own: OwnList | undefined; title: Int32Array } {
  const title = decodeList(entry.title, file, articleCount);
  if (entry.ordinals.startsWith('@')) return { own: undefined, title };
  return {
    own: { all: decodeList(entry.ordinals, file, articleCount, entry.count), frequent: decodeList(entry.frequent, file, articleCount) },
    title,
  };
}

export function decodeList(encoded: string, file: string, articleCount: number, expectedCount?: number): Int32Array {
  try {
    return decodeOrdinals(encoded, articleCount, expectedCount);
  } catch (error) {
    if (error instanceof OrdinalListError) throw new BundleError('invalid', `${file}: ${error.message}`);
    throw error;
  }
}
