import { describe, expect, it } from 'vitest';

import { encodeOrdinals } from '../shared/ordinal-list';
import { searchShardOf } from '../shared/search-text';
import { BundleError } from '../lib/bundle-error';
import { decodeEntry, parseSearchDirectory, parseSearchIdPage, parseSearchList, parseSearchShard } from './parse-search-files';

const H = 'abcdefghij';
const FILE = 'search/abcdefghij.json';
const ID = '20220210-z32ns2p5qzuc';
const SHARDS = 4;
/** Two keys of shard `shard` of SHARDS, found by trying bigrams. */
function keysOfShard(shard: number): [string, string] {
  const found: string[] = [];
  for (let c = 0x4e00; found.length < 2; c++) {
    const key = String.fromCharCode(c, 0x5e02);
    if (searchShardOf(key, SHARDS) === shard) found.push(key);
  }
  return [found[0]!, found[1]!];
}
const [K0, K1] = keysOfShard(1);
const OTHER = keysOfShard(2)[0];

/** The error's detail, or "ok": each rejection names the file and the field. */
function refusal(parse: () => unknown): string {
  try {
    parse();
    return 'ok';
  } catch (error) {
    if (error instanceof BundleError) return error.message;
    throw error;
  }
}

describe('parseSearchDirectory', () => {
  const directory = (shards: number, idPages: number, idPageSize = 64) => ({
    shards: Array.from({ length: shards }, () => H),
    idPageSize,
    idPages: Array.from({ length: idPages }, () => H),
  });
  it.each([
    ['a good directory', directory(4, 2), 'ok'],
    ['shards not a power of two', directory(3, 2), 'power of two'],
    ['no shard', directory(0, 2), 'power of two'],
    ['too few id pages', directory(4, 1), 'do not cover'],
    ['id pages of no size', directory(4, 2, 0), 'do not cover'],
    ['a hash that is not one', { ...directory(4, 2), shards: ['../x', H, H, H] }, 'shards[0]'],
    ['not an object', [], FILE],
  ])('%s', (_name, value, expected) => {
    expect(refusal(() => parseSearchDirectory(value, FILE, 100))).toContain(expected);
  });
});

describe('parseSearchIdPage', () => {
  it.each([
    ['the page asked for', { first: 64, articles: [[ID, H]] }, 'ok'],
    ['another page', { first: 0, articles: [[ID, H]] }, 'not the id page'],
    ['a page of another length', { first: 64, articles: [[ID, H], [ID, H]] }, 'not the id page'],
    ['a path for an id', { first: 64, articles: [['../manifest', H]] }, 'not an article id'],
    ['not a pair', { first: 64, articles: [[ID]] }, 'not an [id, rev] pair'],
  ])('%s', (_name, value, expected) => {
    expect(refusal(() => parseSearchIdPage(value, FILE, 64, 1))).toContain(expected);
  });
});

describe('parseSearchShard', () => {
  const list = encodeOrdinals([1, 5, 9]);
  it('reads entries inline and pointing to their own file', () => {
    const shard = parseSearchShard({ entries: [[K0, 3, list, encodeOrdinals([5]), encodeOrdinals([9])], [K1, 900, `@${H}`, '', '']] }, FILE, 1, SHARDS);
    const inline = decodeEntry(shard.get(K0)!, FILE, 10);
    expect([...inline.own!.all]).toEqual([1, 5, 9]);
    expect([...inline.own!.frequent]).toEqual([9]);
    expect([...inline.title]).toEqual([5]);
    expect(decodeEntry(shard.get(K1)!, FILE, 10).own).toBeUndefined();
  });

  it.each([
    ['a key of another shard', { entries: [[OTHER, 3, list, '', '']] }, 'another shard'],
    ['a key of three characters', { entries: [[`${K0}x`, 3, list, '', '']] }, 'another shard'],
    ['an entry of the old shape', { entries: [[K0, 3, list, '']] }, 'is not a [key, count'],
    ['a file pointer that is not a hash', { entries: [[K0, 3, '@../x', '', '']] }, 'entries[0][2]'],
    ['frequent articles beside a file pointer', { entries: [[K0, 3, `@${H}`, '', list]] }, 'entries[0][4]'],
    ['a negative count', { entries: [[K0, -1, list, '', '']] }, 'entries[0][1]'],
  ])('refuses %s', (_name, value, expected) => {
    expect(refusal(() => parseSearchShard(value, FILE, 1, SHARDS))).toContain(expected);
  });

  it('refuses a list whose length is not the entry’s count, or beyond the corpus', () => {
    const shard = parseSearchShard({ entries: [[K0, 4, list, '', '']] }, FILE, 1, SHARDS);
    expect(refusal(() => decodeEntry(shard.get(K0)!, FILE, 10))).toContain(FILE);
    const short = parseSearchShard({ entries: [[K0, 3, list, '', '']] }, FILE, 1, SHARDS);
    expect(refusal(() => decodeEntry(short.get(K0)!, FILE, 6))).toContain(FILE);
  });
});

describe('parseSearchList', () => {
  const file = { key: K0, count: 3, ordinals: encodeOrdinals([1, 5, 9]), frequent: encodeOrdinals([5]) };
  it('reads the key’s lists', () => {
    const own = parseSearchList(file, FILE, K0, 3, 10);
    expect([...own.all]).toEqual([1, 5, 9]);
    expect([...own.frequent]).toEqual([5]);
  });
  it.each([
    ['another key’s list', K1, 3, 'not the list of'],
    ['a list of another length', K0, 4, 'not the list of'],
  ])('refuses %s', (_name, key, count, expected) => {
    expect(refusal(() => parseSearchList(file, FILE, key, count, 10))).toContain(expected);
  });
  it('refuses a file without the frequent list', () => {
    expect(refusal(() => parseSearchList({ key: K0, count: 3, ordinals: file.ordinals }, FILE, K0, 3, 10))).toContain('frequent');
  });
});
