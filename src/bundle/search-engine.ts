import type { SearchIndex, SearchSegment } from '../shared/bundle-types';
import { concatOrdinals, intersectOrdinals } from '../shared/ordinal-sets';
import type { PositionLists } from '../shared/search-positions';
import { checkCandidates, planChecks, searchCandidates, type KeyLists, type SearchPlan } from '../shared/search-match';
import { searchShardOf } from '../shared/search-text';
import { BundleError } from '../lib/bundle-error';
import { decodeEntry, decodePositionsIn, type OwnList, type SearchShardEntry } from './parse-search-files';

/**
 * The search index's files as the engine asks for them, parsed and checked: the client
 * fetches them through the query cache (search-query.ts), the benchmark and the tests
 * read them from disk, and all three answer a query with the same code below.
 */
export interface SearchFiles {
  /** The entries of a segment's shard k. */
  shard(segment: SearchSegment, k: number): Promise<ReadonlyMap<string, SearchShardEntry>>;
  /** The list file j of shard k, which must be `key`'s with `count` articles. */
  list(segment: SearchSegment, k: number, j: number, key: string, count: number): Promise<OwnList>;
  /** The positions file j of shard k: encoded positions by key. */
  positions(segment: SearchSegment, k: number, j: number): Promise<ReadonlyMap<string, string>>;
  /** The path of a segment's file, for error messages. */
  path(segment: SearchSegment, local: string): string;
}

/** A query's answer over the whole corpus, in ordinals, ascending. */
export interface SearchAnswer {
  /** Every article that may match: `matches` and `unverified` together. */
  readonly all: Int32Array;
  /** Articles the index proved to contain every term. */
  readonly matches: Int32Array;
  /** Articles the index could not decide (a term whose keys are too common to keep positions): the text decides. */
  readonly unverified: Int32Array;
  /** Within `all`, those whose titles have every key (ranking). */
  readonly title: Int32Array;
  /** Within `all`, those with every key frequent (ranking). */
  readonly frequent: Int32Array;
}

const EMPTY = new Int32Array(0);
const NOTHING: SearchAnswer = Object.freeze({ all: EMPTY, matches: EMPTY, unverified: EMPTY, title: EMPTY, frequent: EMPTY });

function shift(list: Int32Array, by: number): Int32Array {
  if (by === 0) return list;
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]! + by;
  return out;
}

function union(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) out[n++] = j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!;
  return out;
}

/** One segment's answer, in segment-relative ordinals. */
async function answerSegment(plan: SearchPlan, segment: SearchSegment, files: SearchFiles): Promise<SearchAnswer> {
  const located = new Map<string, { entry: SearchShardEntry; shard: number } | null>();
  await Promise.all(
    plan.keys.map(async (key) => {
      const shard = searchShardOf(key, segment.shards);
      const entry = (await files.shard(segment, shard)).get(key);
      located.set(key, entry ? { entry, shard } : null);
    }),
  );
  if ([...located.values()].some((l) => l === null)) return NOTHING;
  const lists = new Map<string, KeyLists | null>();
  await Promise.all(
    [...located].map(async ([key, at]) => {
      const { entry, shard } = at!;
      const file = files.path(segment, `s${shard}`);
      const decoded = decodeEntry(entry, file, segment.count);
      const own = decoded.own ?? (await files.list(segment, shard, Number(entry.ordinals.slice(1)), key, entry.count));
      // A positions file costs a fetch: worth several keys whose positions ride in their entries.
      const positionsCost = entry.positions === '' ? null : entry.positions.startsWith('#') ? 8 : 0;
      lists.set(key, { ...own, title: decoded.title, positionsCost });
    }),
  );
  const candidates = searchCandidates(plan, lists);
  if (candidates.all.length === 0) return NOTHING;
  const { checks, positionKeys } = planChecks(plan, lists);
  const positions = new Map<string, PositionLists>();
  await Promise.all(
    positionKeys.map(async (key) => {
      const { entry, shard } = located.get(key)!;
      let encoded: string | undefined;
      let file = files.path(segment, `s${shard}`);
      if (entry.positions.startsWith('=')) encoded = entry.positions.slice(1);
      else {
        const j = Number(entry.positions.slice(1));
        file = files.path(segment, `p${shard}-${j}`);
        encoded = (await files.positions(segment, shard, j)).get(key);
      }
      if (encoded === undefined) throw new BundleError('invalid', `${file}: holds no positions of ${JSON.stringify(key)}`);
      positions.set(key, decodePositionsIn(encoded, file, lists.get(key)!.all.length));
    }),
  );
  const { matches, unverified } = checkCandidates(candidates.all, checks, lists, positions);
  const all = union(matches, unverified);
  return {
    all,
    matches,
    unverified,
    title: intersectOrdinals(candidates.title, all),
    frequent: intersectOrdinals(candidates.frequent, all),
  };
}

/**
 * Answers a plan over every segment of the index, in parallel: each segment's keys, their
 * lists, then — for the terms of more than one key — the positions of the cheapest cover
 * of each term, so the candidates are checked without their articles wherever the index
 * kept the positions.
 */
export async function answerSearch(plan: SearchPlan, index: SearchIndex, files: SearchFiles): Promise<SearchAnswer> {
  if (plan.keys.length === 0) return NOTHING;
  const parts = await Promise.all(index.segments.map((segment) => answerSegment(plan, segment, files)));
  const pick = (field: keyof SearchAnswer) => concatOrdinals(parts.map((part, i) => shift(part[field], index.segments[i]!.first)));
  return { all: pick('all'), matches: pick('matches'), unverified: pick('unverified'), title: pick('title'), frequent: pick('frequent') };
}
