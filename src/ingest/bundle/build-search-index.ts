import type { ArticleMeta, SearchDirectory, SearchEntry, SearchIdPage, SearchList, SearchShard } from '../../shared/bundle-types';
import { encodeOrdinals } from '../../shared/ordinal-list';
import { bigramOfKey, searchShardOfKey } from '../../shared/search-text';
import type { SearchKeys } from '../steps/index-search-text';
import { BUNDLE_FILES, bundleFile, type BundleFile } from './bundle-file';

export interface SearchIndexInput {
  /** Every article by ordinal: its id and rev go into the id pages. */
  readonly articles: readonly Pick<ArticleMeta, 'id' | 'rev'>[];
  /** Keys over all articles: how many passes keep the builders' memory bounded. */
  readonly totalKeys: number;
  /** The keys of the article at an ordinal; called once a pass, in ascending ordinal order. */
  keysOf(ordinal: number): SearchKeys;
}

/**
 * Sizes, measured on generated corpora (README, "Search"): a list longer than
 * `inlineChars` once encoded gets its own file, so a shard stays a few KB whatever the
 * corpus; about `articlesPerShard` articles a shard keeps the small lists' shards near
 * 10-20 KB gzip; `keysPerPass` postings' builders (1-2 bytes each) are what one pass holds;
 * an id page of `idPageSize` articles is about 1.5 KB gzip, what one scattered result costs.
 */
/** The lists built per key, by the SearchKeys field each comes from. */
const LISTS = ['keys', 'title', 'frequent'] as const satisfies readonly (keyof SearchKeys)[];
const ALL = 0;
const TITLE = 1;
const FREQUENT = 2;

export const SEARCH_INDEX_SIZES = Object.freeze({ idPageSize: 64, inlineChars: 512, articlesPerShard: 50, maxShards: 4096, keysPerPass: 40_000_000 });

export function searchShardCount(articleCount: number): number {
  let shards = 1;
  while (shards < SEARCH_INDEX_SIZES.maxShards && shards * SEARCH_INDEX_SIZES.articlesPerShard < articleCount) shards *= 2;
  return shards;
}

/**
 * Key → slot, by open addressing in typed arrays: a Map of 100,000s of number keys costs
 * several times more per lookup, and the build looks up every posting twice.
 */
class KeySlots {
  private table = new Int32Array(1 << 16).fill(-1);
  readonly keys: number[] = [];

  /** The key's slot, added if new. */
  slot(key: number): number {
    let mask = this.table.length - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const slot = this.table[at]!;
      if (slot === -1) break;
      if (this.keys[slot] === key) return slot;
      at = (at + 1) & mask;
    }
    const slot = this.keys.length;
    this.keys.push(key);
    this.table[at] = slot;
    if (this.keys.length * 2 > this.table.length) {
      this.table = new Int32Array(this.table.length * 2).fill(-1);
      mask = this.table.length - 1;
      for (let s = 0; s < this.keys.length; s++) {
        let i = Math.imul(this.keys[s]!, 0x9e3779b1) >>> 0 & mask;
        while (this.table[i] !== -1) i = (i + 1) & mask;
        this.table[i] = s;
      }
    }
    return slot;
  }
}

/**
 * The search index's files (shapes in src/shared/bundle-types.ts): large lists, then
 * shards, then the directory, whose hash it returns. Deterministic: entries sorted by
 * key, shards by number. In passes over the ordinals, each building the lists of the
 * shards s with s % passes == pass, so memory is that of one pass's lists.
 */
export function* buildSearchIndex(input: SearchIndexInput): Generator<BundleFile, string, undefined> {
  const articleCount = input.articles.length;
  const shardCount = searchShardCount(articleCount);
  let passes = 1;
  while (passes < shardCount && input.totalKeys / passes > SEARCH_INDEX_SIZES.keysPerPass) passes *= 2;
  const shards: string[] = new Array<string>(shardCount);
  for (let pass = 0; pass < passes; pass++) {
    const mine = (key: number) => passes === 1 || searchShardOfKey(key, shardCount) % passes === pass;
    // Two scans: count each key's articles per list, then place each ordinal in its key's
    // run of one flat array per list, so no per-key growth or object is needed.
    const slots = new KeySlots();
    let counts: Int32Array[] = LISTS.map(() => new Int32Array(1 << 16));
    for (let ordinal = 0; ordinal < articleCount; ordinal++) {
      const keys = input.keysOf(ordinal);
      LISTS.forEach((list, l) => {
        const of = keys[list];
        for (let i = 0; i < of.length; i++) {
          const key = of[i]!;
          if (!mine(key)) continue;
          const slot = slots.slot(key);
          if (slot >= counts[l]!.length) counts = counts.map(grow);
          counts[l]![slot]!++;
        }
      });
    }
    const n = slots.keys.length;
    const starts = counts.map((c) => {
      const out = new Float64Array(n + 1);
      for (let s = 0; s < n; s++) out[s + 1] = out[s]! + c[s]!;
      return out;
    });
    const ordinals = starts.map((st) => new Int32Array(st[n]!));
    const fills = starts.map((st) => new Float64Array(st.subarray(0, n)));
    for (let ordinal = 0; ordinal < articleCount; ordinal++) {
      const keys = input.keysOf(ordinal);
      LISTS.forEach((list, l) => {
        const of = keys[list];
        const into = ordinals[l]!;
        const fill = fills[l]!;
        for (let i = 0; i < of.length; i++) {
          if (mine(of[i]!)) into[fill[slots.slot(of[i]!)]!++] = ordinal;
        }
      });
    }
    const listOf = (l: number, s: number) => encodeOrdinals(ordinals[l]!.subarray(starts[l]![s]!, starts[l]![s + 1]!));
    const byShard = new Map<number, number[]>();
    for (let s = 0; s < n; s++) {
      const shard = searchShardOfKey(slots.keys[s]!, shardCount);
      let list = byShard.get(shard);
      if (!list) byShard.set(shard, (list = []));
      list.push(s);
    }
    for (let shard = pass; shard < shardCount; shard += passes) {
      const inShard = (byShard.get(shard) ?? []).sort((a, b) => slots.keys[a]! - slots.keys[b]!);
      const entries: SearchEntry[] = [];
      for (const s of inShard) {
        const bigram = bigramOfKey(slots.keys[s]!);
        const count = counts[ALL]![s]!;
        let encoded = listOf(ALL, s);
        let frequent = listOf(FREQUENT, s);
        // A long list takes its frequent articles with it: they are as many as the list is long.
        if (encoded.length > SEARCH_INDEX_SIZES.inlineChars) {
          const list: SearchList = { key: bigram, count, ordinals: encoded, frequent };
          const file = bundleFile(BUNDLE_FILES.search, list);
          yield file;
          encoded = `@${file.hash}`;
          frequent = '';
        }
        entries.push([bigram, count, encoded, listOf(TITLE, s), frequent]);
      }
      const file = bundleFile(BUNDLE_FILES.search, { entries } satisfies SearchShard);
      yield file;
      shards[shard] = file.hash;
    }
  }
  const idPages: string[] = [];
  const size = SEARCH_INDEX_SIZES.idPageSize;
  for (let first = 0; first < articleCount; first += size) {
    const page: SearchIdPage = { first, articles: input.articles.slice(first, first + size).map((a) => [a.id, a.rev] as const) };
    const file = bundleFile(BUNDLE_FILES.search, page);
    yield file;
    idPages.push(file.hash);
  }
  const directory = bundleFile(BUNDLE_FILES.search, { shards, idPageSize: size, idPages } satisfies SearchDirectory);
  yield directory;
  return directory.hash;
}

function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
