import { useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';

import type { ListQuery } from '../../shared/list-query';
import { intersectOrdinals, subtractOrdinals } from '../../shared/ordinal-sets';
import { isSearchable, planSearch, type SearchPlan } from '../../shared/search-match';
import { getSearchCandidatesQueryOptions } from '../../bundle/search-query';
import type { ListData } from '../articles/list/use-list-data';
import { resolveResults, type ResolvedResult } from './resolve-results';
import { resultBatches } from './result-batches';

/** Results resolved (and, where needed, checked) per step: about two screens of rows. */
export const RESULT_BATCH = 12;
/** Matches the first screen needs before the list stops asking for more on its own. */
const FIRST_SCREEN = 8;
/**
 * Batches in a row that may find nothing before checking waits for the reader: a term
 * whose keys are common apart (most articles have 降准 and 降息, few 降准降息仍可期待)
 * would otherwise download article after article, megabytes, on its own.
 */
const MAX_DRY_BATCHES = 2;

/** Under a search the tree has only the counts computed for it (use-unread-tree-counts.ts). */
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

export interface SearchSummary {
  readonly plan: SearchPlan;
  /** False for a query of single characters only: it is not searched. */
  readonly searchable: boolean;
  /** True when the list's total is the exact number of results. */
  readonly exact: boolean;
  /** Candidates not yet checked: the number of results is at most total + unchecked. */
  readonly unchecked: number;
  /** Candidates checked so far (all of them once `exact`). */
  readonly checked: number;
  /** Results (or candidates) whose rows are not loaded yet. */
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

function concatAll(parts: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The list under a search: the filters' rows (from useListData) ANDed with the query's
 * candidates from the index, ranked title matches first, then those that use the words
 * three times or more (search-match.ts, `frequent`), each tier newest first. Rows come a batch
 * at a time through the results' article files (resolve-results.ts), as far as the
 * first screen needs and then as the reader scrolls. When the index is exact for the
 * query (every term two characters) its count is the answer at once; otherwise each
 * candidate is checked against its text as its batch loads, and the count says how many
 * remain unchecked until none do. Never a wrong exact number.
 */
export function useSearchList(list: ListData | undefined, query: ListQuery, listKey: string): SearchListResult {
  const client = useQueryClient();
  const plan = useMemo(() => planSearch(query.text), [query.text]);
  const searchable = isSearchable(plan);
  const active = query.text !== '';
  const manifest = active && searchable && list ? list.manifest : undefined;
  const candidates = useQuery(getSearchCandidatesQueryOptions(client, manifest, plan));

  const ranking = useMemo(() => {
    if (!list || !candidates.data) return undefined;
    const inFilter = intersectOrdinals(candidates.data.all, descending(list.rows));
    if (query.newest) return { rows: descending(inFilter), ranked: false };
    // Title matches, then articles that use the words often, each tier newest first.
    const title = intersectOrdinals(candidates.data.title, inFilter);
    const frequent = intersectOrdinals(candidates.data.frequent, inFilter);
    const rest = subtractOrdinals(inFilter, title);
    const tiers = [
      intersectOrdinals(title, frequent),
      subtractOrdinals(title, frequent),
      intersectOrdinals(rest, frequent),
      subtractOrdinals(rest, frequent),
    ];
    const ranked = tiers.filter((tier) => tier.length > 0).length > 1;
    return { rows: concatAll(tiers.map(descending)), ranked };
  }, [list, candidates.data, query.newest]);
  const rankedRows = ranking?.rows;

  // Batches to load: one, more until the first screen is full, then as the reader scrolls.
  // Remembered per list for the visit, so coming back from an article finds its row.
  const memoryKey = `${list?.manifest.version}|${listKey}`;
  const [wanted, setWanted] = useState(() => ({ rows: rankedRows, batches: resultBatches.get(memoryKey) }));
  if (wanted.rows !== rankedRows) setWanted({ rows: rankedRows, batches: resultBatches.get(memoryKey) });
  const batches = wanted.rows === rankedRows ? wanted.batches : resultBatches.get(memoryKey);
  useEffect(() => resultBatches.set(memoryKey, batches), [memoryKey, batches]);

  const terms = plan.exact ? null : plan.terms;
  const slices = useMemo(() => {
    if (!rankedRows) return [];
    const out: Int32Array[] = [];
    for (let b = 0; b < batches && b * RESULT_BATCH < rankedRows.length; b++) {
      out.push(rankedRows.subarray(b * RESULT_BATCH, (b + 1) * RESULT_BATCH));
    }
    return out;
  }, [rankedRows, batches]);
  const loaded = useQueries({
    queries: slices.map((slice) => ({
      queryKey: ['bundle', list?.manifest.version, 'search', 'rows', terms?.join(' ') ?? '', [...slice].join(',')],
      queryFn: () => resolveResults(client, list!.manifest, slice, terms),
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

  // The tree's counts need a facet per visible node: asked for only once the first results
  // are on screen, so they never compete with what the reader is waiting for.
  const firstShown = run.batches > 0 || (rankedRows !== undefined && rankedRows.length === 0);
  const searchOrdinals = useMemo(() => {
    if (!list || !candidates.data || !plan.exact || !firstShown) return null;
    let set = candidates.data.all;
    if (list.stockOrdinals) set = intersectOrdinals(set, list.stockOrdinals);
    if (list.readOrdinals) set = subtractOrdinals(set, list.readOrdinals);
    return set;
  }, [list, candidates.data, plan.exact, firstShown]);
  const ranked = ranking?.ranked ?? false;
  const exact = plan.exact || covered >= total;
  const data = useMemo((): ListData | undefined => {
    if (!list || !rankedRows || (run.batches === 0 && total > 0)) return undefined;
    const metas = new Map(run.results.map((r) => [r.ordinal, r.meta]));
    return {
      ...list,
      rows: Int32Array.from(run.results, (r) => r.ordinal),
      total: plan.exact ? total : run.results.length,
      ranked: true,
      searchOrdinals,
      counts: NO_COUNTS,
      locate: (ordinal) => {
        const meta = metas.get(ordinal);
        return meta ? { meta } : null;
      },
    };
  }, [list, rankedRows, run, total, plan.exact, searchOrdinals]);

  if (!active) return { data: list, search: null, error: null, refetch: () => undefined };
  const search: SearchSummary = {
    plan,
    searchable,
    exact,
    unchecked: exact ? 0 : total - covered,
    checked: covered,
    remaining: total - covered,
    autoLoad,
    loading: candidates.isFetching || loaded.fetching,
    loadMore: () => {
      if (canLoadMore) setWanted((w) => ({ ...w, batches: w.batches + 2 }));
    },
    ranked,
  };
  if (!searchable) return { data: list && { ...list, rows: new Int32Array(0), total: 0, counts: NO_COUNTS }, search, error: null, refetch: () => undefined };
  return {
    data,
    search,
    error: candidates.error ?? loaded.error,
    refetch: () => {
      void candidates.refetch();
      loaded.retry();
    },
  };
}

interface Batches {
  readonly results: readonly (readonly ResolvedResult[] | undefined)[];
  readonly error: Error | null;
  readonly fetching: boolean;
  readonly retry: () => void;
}

/** Module-level, so TanStack re-runs it only when a batch changes: `results` stays the same array otherwise. */
function combineBatches(results: UseQueryResult<ResolvedResult[]>[]): Batches {
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
 * and how many of its last batches found nothing.
 */
function resolvedRun(results: readonly (readonly ResolvedResult[] | undefined)[]): { results: ResolvedResult[]; batches: number; dry: number } {
  const out: ResolvedResult[] = [];
  let batches = 0;
  let dry = 0;
  for (const batch of results) {
    if (!batch) break;
    out.push(...batch);
    batches++;
    dry = batch.length === 0 ? dry + 1 : 0;
  }
  return { results: out, batches, dry };
}
