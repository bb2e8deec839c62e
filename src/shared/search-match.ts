import { intersectOrdinals } from './ordinal-sets';
import { isExactTerm, searchTerms, termKeys } from './search-text';

/**
 * What a query needs from the index, and how its lists combine. Pure, for both the app
 * and the benchmark; the files themselves are fetched and checked by the caller.
 */
export interface SearchPlan {
  /** The query's terms, normalized (search-text.ts); empty for a blank query. */
  readonly terms: readonly string[];
  /** Every bigram the terms need, once. */
  readonly keys: readonly string[];
  /**
   * True when the index alone gives the exact answer: every term is one bigram. Else the
   * lists give candidates, a superset, each to be checked against its article's text.
   */
  readonly exact: boolean;
}

export function planSearch(query: string): SearchPlan {
  const terms = searchTerms(query);
  const keys = [...new Set(terms.flatMap(termKeys))];
  return { terms, keys, exact: terms.length > 0 && terms.every(isExactTerm) };
}

/** A plan can run only when some term has a key: one-character terms alone would match most of the corpus. */
export function isSearchable(plan: SearchPlan): boolean {
  return plan.keys.length > 0;
}

/**
 * A key's lists as the caller found them: all articles with it, those with it in the
 * title, and those with it at least FREQUENT_BIGRAM times (search-text.ts).
 */
export interface KeyLists {
  readonly all: Int32Array;
  readonly title: Int32Array;
  readonly frequent: Int32Array;
}

export interface SearchCandidates {
  /** Ascending: every article that has all the keys (exactly the matches when the plan is exact). */
  readonly all: Int32Array;
  /** Ascending, within `all`: those whose titles have all the keys. */
  readonly title: Int32Array;
  /**
   * Ascending, within `all`: those with every key frequent — for a two-character term,
   * exactly the articles that use it three times or more; for longer ones an estimate.
   * Ranking only: never a reason to count or drop a result.
   */
  readonly frequent: Int32Array;
}

const NONE: SearchCandidates = Object.freeze({ all: new Int32Array(0), title: new Int32Array(0), frequent: new Int32Array(0) });

/** The AND of one list of each key, shortest first so each step is at most as long as the shortest list. */
function intersectAll(lists: readonly Int32Array[]): Int32Array {
  const byLength = [...lists].sort((a, b) => a.length - b.length);
  let out = byLength[0]!;
  for (const list of byLength.slice(1)) out = intersectOrdinals(out, list);
  return out;
}

/**
 * The AND of the keys' lists. `lists` maps each key of the plan to its lists, or to null
 * for a key the index does not have (no article has it: nothing matches).
 */
export function searchCandidates(plan: SearchPlan, lists: ReadonlyMap<string, KeyLists | null>): SearchCandidates {
  const found: KeyLists[] = [];
  for (const key of plan.keys) {
    const entry = lists.get(key);
    if (entry === undefined) throw new Error(`searchCandidates: no lists for ${JSON.stringify(key)}`);
    if (entry === null) return NONE;
    found.push(entry);
  }
  if (found.length === 0) return NONE;
  const all = intersectAll(found.map((f) => f.all));
  return {
    all,
    title: intersectOrdinals(intersectAll(found.map((f) => f.title)), all),
    frequent: intersectOrdinals(intersectAll(found.map((f) => f.frequent)), all),
  };
}

/** Whether normalized text contains every term: the check of a candidate. */
export function matchesAllTerms(normalizedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalizedText.includes(term));
}
