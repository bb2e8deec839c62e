import { intersectOrdinals } from './ordinal-sets';
import { cheapestCover, occursInArticle, type PositionLists } from './search-positions';
import { searchTerms, termKeyPlacements, type KeyPlacement } from './search-text';

/**
 * What a query needs from the index, and how a segment's lists answer it. Pure, for both
 * the app and the benchmark; the files themselves are fetched and checked by the caller.
 *
 * A term of one key (two characters, or three figure characters) is answered by its
 * key's list exactly. A longer term's keys can occur apart (an article with 中关 and 关村
 * but no 中关村), so its candidates — the articles with every key — are checked by the
 * keys' positions: the cheapest set of keys covering the term must occur side by side.
 * A key too common for the index to keep its positions leaves the term's candidates
 * unverified: the caller checks those against the article's text, and counts them as
 * "at most" until it has.
 */
export interface SearchPlan {
  /** The query's terms, normalized (search-text.ts); empty for a blank query. */
  readonly terms: readonly string[];
  /** Every key the terms need, once. */
  readonly keys: readonly string[];
  /** Each term's keys and where they stand in it. */
  readonly placements: readonly (readonly KeyPlacement[])[];
}

export function planSearch(query: string): SearchPlan {
  const terms = searchTerms(query);
  const placements = terms.map(termKeyPlacements);
  const keys = [...new Set(placements.flatMap((p) => p.map((k) => k.key)))];
  return { terms, keys, placements };
}

/** A plan can run only when some term has a key: one-character terms alone would match most of the corpus. */
export function isSearchable(plan: SearchPlan): boolean {
  return plan.keys.length > 0;
}

/** Whether a term is one key: its list is its answer, with no check. */
function isSingleKey(term: string, placements: readonly KeyPlacement[]): boolean {
  return placements.some((p) => p.offset === 0 && p.length === term.length);
}

/**
 * A key's lists in one segment: all articles with it, those with it in the title, those
 * with it at least FREQUENT_BIGRAM times (search-text.ts); and what its positions cost
 * to fetch (0 when its entry holds them), or null when the index keeps none.
 */
export interface KeyLists {
  readonly all: Int32Array;
  readonly title: Int32Array;
  readonly frequent: Int32Array;
  readonly positionsCost: number | null;
}

export interface SearchCandidates {
  /** Ascending: every article that has all the keys (a superset of the matches). */
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

const NO_CANDIDATES: SearchCandidates = Object.freeze({ all: new Int32Array(0), title: new Int32Array(0), frequent: new Int32Array(0) });

/** The AND of one list of each key, shortest first so each step is at most as long as the shortest list. */
function intersectAll(lists: readonly Int32Array[]): Int32Array {
  const byLength = [...lists].sort((a, b) => a.length - b.length);
  let out = byLength[0]!;
  for (const list of byLength.slice(1)) out = intersectOrdinals(out, list);
  return out;
}

function listsOf(plan: SearchPlan, lists: ReadonlyMap<string, KeyLists | null>): KeyLists[] | null {
  const found: KeyLists[] = [];
  for (const key of plan.keys) {
    const entry = lists.get(key);
    if (entry === undefined) throw new Error(`search: no lists for ${JSON.stringify(key)}`);
    if (entry === null) return null;
    found.push(entry);
  }
  return found;
}

/**
 * The AND of the keys' lists. `lists` maps each key of the plan to its lists, or to null
 * for a key the segment does not have (no article of it has the key: nothing matches).
 */
export function searchCandidates(plan: SearchPlan, lists: ReadonlyMap<string, KeyLists | null>): SearchCandidates {
  const found = listsOf(plan, lists);
  if (found === null || found.length === 0) return NO_CANDIDATES;
  const all = intersectAll(found.map((f) => f.all));
  return {
    all,
    title: intersectOrdinals(intersectAll(found.map((f) => f.title)), all),
    frequent: intersectOrdinals(intersectAll(found.map((f) => f.frequent)), all),
  };
}

/** How a term is decided: by its one key, by the positions of a cover of it, or not by the index. */
export type TermCheck = { readonly kind: 'key' } | { readonly kind: 'cover'; readonly cover: readonly KeyPlacement[] } | { readonly kind: 'text' };

/** Each term's check in a segment, the keys whose positions they need, and whether the index decides every term. */
export function planChecks(plan: SearchPlan, lists: ReadonlyMap<string, KeyLists | null>): { checks: TermCheck[]; positionKeys: string[]; decided: boolean } {
  const keys = new Set<string>();
  const checks = plan.terms.map((term, t): TermCheck => {
    const placements = plan.placements[t]!;
    if (isSingleKey(term, placements)) return { kind: 'key' };
    const cover = cheapestCover(term.length, placements, (key) => lists.get(key)?.positionsCost ?? null);
    if (cover === null) return { kind: 'text' };
    for (const p of cover) keys.add(p.key);
    return { kind: 'cover', cover };
  });
  return { checks, positionKeys: [...keys], decided: checks.every((c) => c.kind !== 'text') };
}

/** A segment's answer: the candidates its index proved, and those only the text can decide. */
export interface CheckedCandidates {
  /** Ascending: articles that contain every term. */
  readonly matches: Int32Array;
  /** Ascending: candidates no position refutes, with some term the index cannot decide. */
  readonly unverified: Int32Array;
}

function indexOf(list: Int32Array, ordinal: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === ordinal) return mid;
    if (v < ordinal) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Checks candidates by positions: `positions` holds, for every key of planChecks's
 * positionKeys, its positions aligned with its list `all`. A candidate is a match when
 * every term is decided for it and occurs; dropped when a covered term does not occur.
 */
export function checkCandidates(
  candidates: Int32Array,
  checks: readonly TermCheck[],
  lists: ReadonlyMap<string, KeyLists | null>,
  positions: ReadonlyMap<string, PositionLists>,
): CheckedCandidates {
  const matches = new Int32Array(candidates.length);
  const unverified = new Int32Array(candidates.length);
  let m = 0;
  let u = 0;
  for (const ordinal of candidates) {
    let open = false;
    let refuted = false;
    for (const check of checks) {
      if (check.kind === 'key') continue;
      if (check.kind === 'text') {
        open = true;
        continue;
      }
      const offsets = check.cover.map((p) => {
        const at = indexOf(lists.get(p.key)!.all, ordinal);
        const of = positions.get(p.key);
        if (at < 0 || !of) throw new Error(`search: no positions of ${JSON.stringify(p.key)} for ${ordinal}`);
        return of.offsets.subarray(of.starts[at]!, of.starts[at + 1]!);
      });
      if (!occursInArticle(check.cover, offsets)) {
        refuted = true;
        break;
      }
    }
    if (refuted) continue;
    if (open) unverified[u++] = ordinal;
    else matches[m++] = ordinal;
  }
  return { matches: matches.slice(0, m), unverified: unverified.slice(0, u) };
}

/** Whether normalized text contains every term: the check of a candidate the index leaves open. */
export function matchesAllTerms(normalizedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalizedText.includes(term));
}
