import { useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';

import type { ListQuery } from '../../shared/list-query';
import { concatOrdinals, intersectOrdinals, subtractOrdinals } from '../../shared/ordinal-sets';
import { isSearchable, planSearch, type SearchPlan } from '../../shared/search-match';
import { getSearchAnswerQueryOptions } from '../../bundle/search-query';
import type { ListData } from '../../bundle/list-data';
import { resolveResults, type ResolvedBatch, type ResolvedResult } from './resolve-results';
import { resultBatches } from './result-batches';

/** Results resolved (and, where needed, checked) per step: about two screens of rows. */
export const RESULT_BATCH = 12;
/** Matches the first screen needs before the list stops asking for more on its own. */
const FIRST_SCREEN = 8;
/**
 * Batches in a row that may find nothing before checking waits for the reader: a term
 * the index cannot decide whose keys are common apart would otherwise download article
 * after article on its own.
 */
const MAX_DRY_BATCHES = 2;

/** Under a search the tree has only the counts computed for it (use-unread-tree-counts.ts). */
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/** What the count line can say: the number, an estimate from the checks so far, or a bound. */
export type SearchCount =
  | { readonly kind: 'exact'; readonly n: number }
  | { readonly kind: 'estimate'; readonly n: number; readonly min: number; readonly max: number }
  | { readonly kind: 'at-most'; readonly n: number; readonly min: number; readonly max: number };

export interface SearchSummary {
  readonly plan: SearchPlan;
  /** False for a query of single characters only: it is not searched. */
  readonly searchable: boolean;
  /** True when the count is the exact number of results. */
  readonly exact: boolean;
  readonly count: SearchCount;
  /** True once the index has answered: the count line can show, though rows may still load. */
  readonly answered: boolean;
  /** Candidates the index left open and the text has not yet decided. */
  readonly unchecked: number;
  /** Candidates decided by their text so far. */
  readonly checked: number;
  /** Results (or open candidates) whose rows are not loaded yet. */
  readonly remaining: number;
  /**
   * Whether the next batch may load without the reader asking (the list's end in view):
   * false after MAX_DRY_BATCHES batches in a row found nothing.
   */
  readonly autoLoad: boolean;
  readonly loading: boolean;
  /** Loads the next batch of rows (the list's end came into view). */
  readonly loadMore: () => void;
  /** Ranked by relevance (false: newest first, asked for, or every result in one tier). */
  readonly ranked: boolean;
}

export interface SearchListResult {
  /** The list data with the rows replaced by the results; undefined while they load. */
  readonly data: ListData | undefined;
  readonly search: SearchSummary | null;
  readonly error: Error | null;
  readonly refetch: () => void;
}

function descending(ascending: Int32Array): Int32Array {
  const out = new Int32Array(ascending.length);
  for (let i = 0, j = ascending.length - 1; j >= 0; i++, j--) out[i] = ascending[j]!;
  return out;
}

function contains(ascending: Int32Array, ordinal: number): boolean {
  let lo = 0;
  let hi = ascending.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (ascending[mid] === ordinal) return true;
    if (ascending[mid]! < ordinal) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The count line's number: exact when no candidate is open; else at most every open one
 * more, and once some were checked, an estimate that takes the open ones at the rate the
 * checked ones matched. Never a wrong exact number.
 */
export function searchCount(proved: number, open: number, checked: number, confirmed: number): SearchCount {
  const min = proved + confirmed;
  const unchecked = open - checked;
  if (unchecked <= 0) return { kind: 'exact', n: min };
  const max = min + unchecked;
  if (checked === 0) return { kind: 'at-most', n: max, min, max };
  return { kind: 'estimate', n: Math.min(max, Math.max(min, min + Math.round((unchecked * confirmed) / checked))), min, max };
}

/**
 * The list under a search: the filters' rows (from useListData) ANDed with the query's
 * answer from the index (search-engine.ts), ranked title matches first, then those that
 * use the words three times or more, each tier newest first. Rows come a batch at a time
 * through the results' article files (resolve-results.ts), as far as the first screen
 * needs and then as the reader scrolls. The index proves most results by positions; a
 * candidate it leaves open is checked against its text as its batch loads, and the count
 * says "at most" or "about" until none is open.
 */
export function useSearchList(list: ListData | undefined, query: ListQuery, listKey: string): SearchListResult {
  const client = useQueryClient();
  const plan = useMemo(() => planSearch(query.text), [query.text]);
  const searchable = isSearchable(plan);
  const active = query.text !== '';
  const manifest = active && searchable && list ? list.manifest : undefined;
  const answer = useQuery(getSearchAnswerQueryOptions(client, manifest, plan));

  const ranking = useMemo(() => {
    if (!list || !answer.data) return undefined;
    const inFilter = intersectOrdinals(answer.data.all, descending(list.rows));
    const open = intersectOrdinals(answer.data.unverified, inFilter);
    if (query.newest) return { rows: descending(inFilter), open, ranked: false };
    // Title matches, then articles that use the words often, each tier newest first.
    const title = intersectOrdinals(answer.data.title, inFilter);
    const frequent = intersectOrdinals(answer.data.frequent, inFilter);
    const rest = subtractOrdinals(inFilter, title);
    const tiers = [intersectOrdinals(title, frequent), subtractOrdinals(title, frequent), intersectOrdinals(rest, frequent), subtractOrdinals(rest, frequent)];
    const ranked = tiers.filter((tier) => tier.length > 0).length > 1;
    return { rows: concatOrdinals(tiers.map(descending)), open, ranked };
  }, [list, answer.data, query.newest]);
  const rankedRows = ranking?.rows;
  const open = ranking?.open;

  // Batches to load: one, more until the first screen is full, then as the reader scrolls.
  // Remembered per list for the visit, so coming back from an article finds its row.
  const memoryKey = `${list?.manifest.version}|${listKey}`;
  const [wanted, setWanted] = useState(() => ({ rows: rankedRows, batches: resultBatches.get(memoryKey) }));
  if (wanted.rows !== rankedRows) setWanted({ rows: rankedRows, batches: resultBatches.get(memoryKey) });
  const batches = wanted.rows === rankedRows ? wanted.batches : resultBatches.get(memoryKey);
  useEffect(() => resultBatches.set(memoryKey, batches), [memoryKey, batches]);

  const slices = useMemo(() => {
    if (!rankedRows) return [];
    const out: Int32Array[] = [];
    for (let b = 0; b < batches && b * RESULT_BATCH < rankedRows.length; b++) {
      out.push(rankedRows.subarray(b * RESULT_BATCH, (b + 1) * RESULT_BATCH));
    }
    return out;
  }, [rankedRows, batches]);
  const terms = plan.terms;
  const loaded = useQueries({
    queries: slices.map((slice) => ({
      queryKey: ['bundle', list?.manifest.version, 'search', 'rows', terms.join(' '), [...slice].join(',')],
      queryFn: () => resolveResults(client, list!.manifest, slice, terms, (ordinal: number) => contains(open!, ordinal)),
      staleTime: Infinity,
    })),
    combine: combineBatches,
  });
  const run = useMemo(() => resolvedRun(loaded.results), [loaded.results]);
  const total = rankedRows?.length ?? 0;
  const covered = Math.min(total, run.batches * RESULT_BATCH);
  const canLoadMore = !loaded.fetching && loaded.error === null && run.batches === slices.length && covered < total;
  const autoLoad = canLoadMore && run.dry < MAX_DRY_BATCHES;
  useEffect(() => {
    if (autoLoad && run.results.length < FIRST_SCREEN) setWanted((w) => ({ ...w, batches: w.batches + 1 }));
  }, [autoLoad, run.results.length]);

  const openCount = open?.length ?? 0;
  const count = searchCount(total - openCount, openCount, run.checked, run.confirmed);
  const exact = count.kind === 'exact';

  // The tree's counts need a facet per visible node: asked for only once the first results
  // are on screen, so they never compete with what the reader is waiting for; and only
  // when the index proved every match, so they are never wrong.
  const firstShown = run.batches > 0 || (rankedRows !== undefined && rankedRows.length === 0);
  const searchOrdinals = useMemo(() => {
    if (!list || !answer.data || answer.data.unverified.length > 0 || !firstShown) return null;
    let set = answer.data.matches;
    if (list.stockOrdinals) set = intersectOrdinals(set, list.stockOrdinals);
    if (list.readOrdinals) set = subtractOrdinals(set, list.readOrdinals);
    return set;
  }, [list, answer.data, firstShown]);
  const ranked = ranking?.ranked ?? false;
  const data = useMemo((): ListData | undefined => {
    if (!list || !rankedRows || (run.batches === 0 && total > 0)) return undefined;
    const metas = new Map(run.results.map((r) => [r.ordinal, r.meta]));
    return {
      ...list,
      rows: Int32Array.from(run.results, (r) => r.ordinal),
      total: count.n,
      ranked: true,
      searchOrdinals,
      counts: NO_COUNTS,
      locate: (ordinal) => {
        const meta = metas.get(ordinal);
        return meta ? { meta } : null;
      },
    };
  }, [list, rankedRows, run, total, count.n, searchOrdinals]);

  if (!active) return { data: list, search: null, error: null, refetch: () => undefined };
  const search: SearchSummary = {
    plan,
    searchable,
    exact,
    count,
    answered: ranking !== undefined,
    unchecked: openCount - run.checked,
    checked: run.checked,
    remaining: total - covered,
    autoLoad,
    loading: answer.isFetching || loaded.fetching,
    loadMore: () => {
      if (canLoadMore) setWanted((w) => ({ ...w, batches: w.batches + 2 }));
    },
    ranked,
  };
  if (!searchable) return { data: list && { ...list, rows: new Int32Array(0), total: 0, counts: NO_COUNTS }, search, error: null, refetch: () => undefined };
  return {
    data,
    search,
    error: answer.error ?? loaded.error,
    refetch: () => {
      void answer.refetch();
      loaded.retry();
    },
  };
}

interface Batches {
  readonly results: readonly (ResolvedBatch | undefined)[];
  readonly error: Error | null;
  readonly fetching: boolean;
  readonly retry: () => void;
}

/** Module-level, so TanStack re-runs it only when a batch changes: `results` stays the same array otherwise. */
function combineBatches(results: UseQueryResult<ResolvedBatch>[]): Batches {
  return {
    results: results.map((r) => r.data),
    error: results.find((r) => r.error)?.error ?? null,
    fetching: results.some((r) => r.isFetching),
    retry: () => {
      for (const r of results) if (r.error) void r.refetch();
    },
  };
}

/**
 * The rows of the batches loaded in a row from the first (a pending batch ends the run),
 * how many of its last batches found nothing, and how many open candidates its checks
 * decided and confirmed.
 */
function resolvedRun(results: readonly (ResolvedBatch | undefined)[]): {
  results: ResolvedResult[];
  batches: number;
  dry: number;
  checked: number;
  confirmed: number;
} {
  const out: ResolvedResult[] = [];
  let batches = 0;
  let dry = 0;
  let checked = 0;
  let confirmed = 0;
  for (const batch of results) {
    if (!batch) break;
    out.push(...batch.results);
    batches++;
    checked += batch.checked;
    confirmed += batch.confirmed;
    dry = batch.results.length === 0 ? dry + 1 : 0;
  }
  return { results: out, batches, dry, checked, confirmed };
}
