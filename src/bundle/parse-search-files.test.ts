import { describe, expect, it } from 'vitest';

import { encodeOrdinals } from '../shared/ordinal-list';
import { searchShardOf } from '../shared/search-text';
import { BundleError } from '../lib/bundle-error';
import {
  checkSearchCoverage,
  checkSearchIndex,
  decodeEntry,
  decodePositionsIn,
  parseSearchIdPage,
  parseSearchList,
  parseSearchPositions,
  parseSearchShard,
} from './parse-search-files';

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

describe("the manifest's search index", () => {
  const segment = (first: number, count: number, shards = 4) => ({ first, count, name: H, shards });
  it.each([
    ['segments in order, covering every article', { idPageSize: 64, segments: [segment(0, 60), segment(60, 40, 1)] }, 'ok'],
    ['shards not a power of two', { idPageSize: 64, segments: [segment(0, 100, 3)] }, 'power of two'],
    ['no shard', { idPageSize: 64, segments: [segment(0, 100, 0)] }, 'power of two'],
    ['a gap between segments', { idPageSize: 64, segments: [segment(0, 50), segment(60, 40)] }, 'does not follow'],
    ['an empty segment', { idPageSize: 64, segments: [segment(0, 0), segment(0, 100)] }, 'does not follow'],
    ['id pages of no size', { idPageSize: 0, segments: [segment(0, 100)] }, 'idPageSize'],
    ['a name that could leave the folder', { idPageSize: 64, segments: [{ ...segment(0, 100), name: '../x' }] }, 'segments[0].name'],
    ['too few articles', { idPageSize: 64, segments: [segment(0, 90)] }, 'covers 90 articles'],
    ['not an object', [], 'manifest.json'],
  ])('%s', (_name, value, expected) => {
    expect(
      refusal(() => {
        const index = checkSearchIndex(value, 'manifest.json.search');
        checkSearchCoverage(index, 100, 'manifest.json.search');
      }),
    ).toContain(expected);
  });
});

describe('parseSearchIdPage', () => {
  it.each([
    ['the page asked for', { first: 64, articles: [[ID, H]] }, 'ok'],
    ['another page', { first: 0, articles: [[ID, H]] }, 'not the id page'],
    [
      'a page of another length',
      {
        first: 64,
        articles: [
          [ID, H],
          [ID, H],
        ],
      },
      'not the id page',
    ],
    ['a path for an id', { first: 64, articles: [['../manifest', H]] }, 'not an article id'],
    ['not a pair', { first: 64, articles: [[ID]] }, 'not an [id, rev] pair'],
  ])('%s', (_name, value, expected) => {
    expect(refusal(() => parseSearchIdPage(value, FILE, 64, 1))).toContain(expected);
  });
});

describe('parseSearchShard', () => {
  const list = encodeOrdinals([1, 5, 9]);
  it('reads entries inline and pointing to their own file', () => {
    const shard = parseSearchShard(
      {
        entries: [
          [K0, 3, list, encodeOrdinals([5]), encodeOrdinals([9]), ''],
          [K1, 900, '@0', '', '', '#2'],
        ],
      },
      FILE,
      1,
      SHARDS,
    );
    const inline = decodeEntry(shard.get(K0)!, FILE, 10);
    expect([...inline.own!.all]).toEqual([1, 5, 9]);
    expect([...inline.own!.frequent]).toEqual([9]);
    expect([...inline.title]).toEqual([5]);
    expect(decodeEntry(shard.get(K1)!, FILE, 10).own).toBeUndefined();
  });

  it.each([
    ['a key of another shard', { entries: [[OTHER, 3, list, '', '', '']] }, 'another shard'],
    ['a key of three characters', { entries: [[`${K0}x`, 3, list, '', '', '']] }, 'another shard'],
    ['an entry of the old shape', { entries: [[K0, 3, list, '', '']] }, 'is not a [key, count'],
    ['a list pointer that is not a file index', { entries: [[K0, 3, '@../x', '', '', '']] }, 'entries[0][2]'],
    ['frequent articles beside a list pointer', { entries: [[K0, 3, '@0', '', list, '']] }, 'entries[0][4]'],
    ['a positions pointer that is not a file index', { entries: [[K0, 3, list, '', '', '#x']] }, 'entries[0][5]'],
    ['positions of no known form', { entries: [[K0, 3, list, '', '', 'AAAA']] }, 'entries[0][5]'],
    ['a negative count', { entries: [[K0, -1, list, '', '', '']] }, 'entries[0][1]'],
  ])('refuses %s', (_name, value, expected) => {
    expect(refusal(() => parseSearchShard(value, FILE, 1, SHARDS))).toContain(expected);
  });

  it('refuses a list whose length is not the entry’s count, or beyond the corpus', () => {
    const shard = parseSearchShard({ entries: [[K0, 4, list, '', '', '']] }, FILE, 1, SHARDS);
    expect(refusal(() => decodeEntry(shard.get(K0)!, FILE, 10))).toContain(FILE);
    const short = parseSearchShard({ entries: [[K0, 3, list, '', '', '']] }, FILE, 1, SHARDS);
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

describe('positions', () => {
  it('are read from their file by key', () => {
    expect(parseSearchPositions({ entries: [[K0, 'AQU']] }, FILE).get(K0)).toBe('AQU');
    expect(refusal(() => parseSearchPositions({ entries: [[K0]] }, FILE))).toContain('[key, positions]');
  });

  it.each([
    // One article, one position (5): varints 01 05.
    ['one article at 5', 'AQU', 1, 'ok'],
    ['fewer articles than the list', 'AQU', 2, 'truncated'],
    ['more than the list', 'AQUBBQ', 1, 'longer than their list'],
    ['a count of none', 'AAU', 1, '0 positions'],
    ['not base64url', '!!!', 1, 'base64'],
  ])('%s', (_name, text, postings, expected) => {
    expect(refusal(() => decodePositionsIn(text, FILE, postings))).toContain(expected);
  });
});
