import { describe, expect, it } from 'vitest';
import type { SearchDirectory, SearchList, SearchShard } from '../../shared/bundle-types';
import { decodeOrdinals } from '../../shared/ordinal-list';
import { bigramKeys, normalizeSearchText, searchShardOf, textBigrams } from '../../shared/search-text';
import type { BundleFile } from './bundle-file';
import { buildSearchIndex, SEARCH_INDEX_SIZES, searchShardCount } from './build-search-index';

const TEXTS = ['贵州茅台发布年报', '中关村科技园', '茅台酒价格', '市场投资者关注中关村', 'A股市场', '茅台、茅台，还是茅台'];
const keysOf = (texts: readonly string[]) => (ordinal: number) => ({
  ...textBigrams(normalizeSearchText(texts[ordinal]!)),
  title: bigramKeys(normalizeSearchText(texts[ordinal]!.slice(0, 4))),
});

function build(texts: readonly string[], totalKeys = 0) {
  const files = new Map<string, unknown>();
  const articles = texts.map((_, i) => ({ id: `id-${i}`, rev: `rev${i}` }));
  const generator = buildSearchIndex({ articles, totalKeys, keysOf: keysOf(texts) });
  let next = generator.next();
  const order: string[] = [];
  for (; !next.done; next = generator.next()) {
    const file: BundleFile = next.value;
    files.set(file.hash, JSON.parse(Buffer.from(file.bytes).toString('utf8')));
    order.push(file.hash);
  }
  const directory = files.get(next.value) as SearchDirectory;
  const lookup = (bigram: string) => {
    const shard = files.get(directory.shards[searchShardOf(bigram, directory.shards.length)]!) as SearchShard;
    const entry = shard.entries.find(([key]) => key === bigram);
    if (!entry) return null;
    const own = entry[2].startsWith('@') ? (files.get(entry[2].slice(1)) as SearchList) : null;
    return {
      all: [...decodeOrdinals(own?.ordinals ?? entry[2], texts.length, entry[1])],
      title: [...decodeOrdinals(entry[3], texts.length)],
      frequent: [...decodeOrdinals(own?.frequent ?? entry[4], texts.length)],
    };
  };
  return { lookup, directory, order, files };
}

describe('buildSearchIndex', () => {
  it('lists, for every bigram, the articles with it, with it in the title, and with it three times or more', () => {
    const { lookup } = build(TEXTS);
    expect(lookup('茅台')).toEqual({ all: [0, 2, 5], title: [0, 2, 5], frequent: [5] });
    expect(lookup('关村')).toEqual({ all: [1, 3], title: [1], frequent: [] });
    expect(lookup('a股')).toEqual({ all: [4], title: [4], frequent: [] });
    expect(lookup('市场')).toEqual({ all: [3, 4], title: [3, 4], frequent: [] });
    expect(lookup('股份')).toBeNull();
  });

  it('names every shard and id page, the directory last', () => {
    const { directory, order, files } = build(TEXTS);
    expect(directory.shards).toHaveLength(searchShardCount(TEXTS.length));
    expect(directory.shards.every((hash) => files.has(hash))).toBe(true);
    expect(directory.idPages.map((hash) => files.get(hash))).toEqual([
      { first: 0, articles: TEXTS.map((_, i) => [`id-${i}`, `rev${i}`]) },
    ]);
    expect(files.get(order.at(-1)!)).toBe(directory);
  });

  it('gives a long list a file of its own and keeps the shard small', () => {
    const texts = Array.from({ length: 30_000 }, (_, i) => (i % 2 === 0 ? (i % 4 === 0 ? '市场市场市场' : '市场') : `第${i}`));
    const { lookup, directory, files } = build(texts);
    expect(directory.idPages).toHaveLength(Math.ceil(30_000 / SEARCH_INDEX_SIZES.idPageSize));
    expect(files.get(directory.idPages[2]!)).toMatchObject({ first: 2 * SEARCH_INDEX_SIZES.idPageSize });
    expect(lookup('市场')!.all).toHaveLength(15_000);
    // Its frequent articles moved to the list's file with it.
    expect(lookup('市场')!.frequent).toHaveLength(7_500);
    const shard = files.get(directory.shards[searchShardOf('市场', directory.shards.length)]!) as SearchShard;
    const entry = shard.entries.find(([key]) => key === '市场')!;
    expect(entry[2]).toMatch(/^@[a-z0-9]+$/);
    expect(entry[4]).toBe('');
    expect(JSON.stringify(shard).length).toBeLessThan(SEARCH_INDEX_SIZES.inlineChars * 40);
  });

  it('writes the same files in one pass or in several (a corpus too large for one)', () => {
    const texts = Array.from({ length: 500 }, (_, i) => `${TEXTS[i % TEXTS.length]}${i}号`);
    const one = build(texts);
    const several = build(texts, SEARCH_INDEX_SIZES.keysPerPass * 4);
    expect(several.order.at(-1)).toBe(one.order.at(-1));
    expect([...several.order].sort()).toEqual([...one.order].sort());
  });
});

describe('searchShardCount', () => {
  it('grows with the corpus, a power of two, within its bound', () => {
    const counts = [0, 1, 1_000, 10_000, 100_000, 1_000_000, 10_000_000].map(searchShardCount);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    for (const n of counts) expect(n & (n - 1)).toBe(0);
    expect(counts.at(-1)).toBe(SEARCH_INDEX_SIZES.maxShards);
  });
});
