/**
 * The index against a substring scan, in Node. Truth: every article whose searchable
 * text (article-text.ts) contains every term of the query's plan. Index: the plan's
 * candidates from the files on disk (index-lookup.ts) and, for plans the index cannot
 * answer alone, those candidates whose text has every term — the client's check. One
 * pass over the article files answers every query, so no article is held after its turn.
 *
 * The cold cost of a query is what a browser with an empty cache fetches for it beyond
 * the list page itself, following use-search-list.ts and resolve-results.ts: the index
 * files, then batches of 12 ranked candidates (the client's ranking tiers), each
 * candidate costing its id page and its article file, batch after batch until 8 results
 * are kept or no candidate is left.
 */
import { matchesAllTerms, isSearchable, planSearch, type SearchPlan } from '../../src/shared/search-match';
import { intersectOrdinals, subtractOrdinals } from '../../src/shared/ordinal-sets';
import { readArticleText } from './article-text';
import type { BundleReader } from './bundle-reader';
import type { IndexLookup } from './index-lookup';
import type { BenchQuery } from './queries';
import { progress } from './stats';

/** As use-search-list.ts: candidates resolved per batch, and results the first screen wants. */
export const RESULT_BATCH = 12;
export const FIRST_SCREEN = 8;
/** Batches in a row that find nothing before the client waits for the reader. */
export const MAX_DRY_BATCHES = 2;
/** Ids listed per differing query: enough to look into, short enough to print. */
const LISTED_IDS = 20;

export interface ColdCost {
  readonly files: number;
  readonly gzipBytes: number;
  readonly rawBytes: number;
  /** gzip bytes by kind of file. */
  readonly byKind: { readonly index: number; readonly idPages: number; readonly articles: number };
  /** Candidates whose article files were fetched. */
  readonly checked: number;
}

export interface QueryResult {
  readonly query: string;
  readonly kind: BenchQuery['kind'];
  readonly terms: readonly string[];
  readonly keys: number;
  /** True when the index decided every candidate: its count is exact at once. */
  readonly exact: boolean;
  /** Candidates the index left to the text. */
  readonly open: number;
  readonly truth: number;
  readonly candidates: number;
  readonly titleCandidates: number;
  /** After the check (the candidates themselves for exact plans). */
  readonly result: number;
  /** In the truth, not in the result. */
  readonly missing: readonly string[];
  readonly missingCount: number;
  /** In the result, not in the truth. */
  readonly extra: readonly string[];
  readonly extraCount: number;
  readonly cold: ColdCost;
  /** The id the app should list first (the newest title match, else the newest match), or null. */
  readonly expectedFirst: string | null;
}

export interface RejectedQuery {
  readonly query: string;
  readonly kind: BenchQuery['kind'];
  readonly terms: readonly string[];
  /** Articles that contain every term anyway: what searching it would have had to show. */
  readonly wouldMatch: number;
}

export interface Correctness {
  readonly queries: readonly QueryResult[];
  readonly rejected: readonly RejectedQuery[];
  /** Over the searchable queries: Σ|truth ∩ result| / Σ|truth|. */
  readonly recall: number;
  /** Σ|truth| / Σ|candidates|, over all searchable queries and over those whose plan is not exact. */
  readonly precisionBefore: number;
  readonly precisionBeforeChecked: number;
  /** Σ|truth ∩ result| / Σ|result|. */
  readonly precisionAfter: number;
  readonly passMs: number;
  /** Truth per query text of `keepIds`, as ids, for the browser's checks (not written out). */
  readonly truthIds: ReadonlyMap<string, ReadonlySet<string>>;
  /** Gzip bytes of every article file, summed (read anyway by the pass). */
  readonly articleBytes: { readonly raw: number; readonly gzip: number };
}

interface Running {
  readonly query: BenchQuery;
  readonly plan: SearchPlan;
  readonly searchable: boolean;
  /** Candidates the index proved, ascending. */
  readonly proved: Int32Array;
  /** Candidates the index left open, ascending. */
  readonly open: Int32Array;
  readonly all: Int32Array;
  readonly title: Int32Array;
  readonly frequent: Int32Array;
  readonly files: readonly string[];
  /** Next position in `all` not below the ordinal being scanned. */
  at: number;
  readonly truth: number[];
  readonly result: number[];
  /** Next position in `proved` not below the ordinal being scanned. */
  readonly proof: { at: number };
}

/** `keepIds`: the queries whose truth is kept as ids (a common word's would be most of the corpus). */
export async function checkQueries(
  reader: BundleReader,
  index: IndexLookup,
  queries: readonly BenchQuery[],
  keepIds: ReadonlySet<string>,
): Promise<Correctness> {
  const started = performance.now();
  const none = new Int32Array(0);
  const running: Running[] = [];
  for (const query of queries) {
    const plan = planSearch(query.text);
    const searchable = isSearchable(plan);
    const answer = searchable ? await index.answer(plan) : null;
    running.push({
      query,
      plan,
      searchable,
      proved: answer?.answer.matches ?? none,
      open: answer?.answer.unverified ?? none,
      all: answer?.answer.all ?? none,
      title: answer?.answer.title ?? none,
      frequent: answer?.answer.frequent ?? none,
      files: answer?.files ?? [],
      at: 0,
      truth: [],
      result: [],
      proof: { at: 0 },
    });
  }
  const count = reader.manifest.articleCount;
  let raw = 0;
  let gzip = 0;
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const id = index.ids[ordinal]!;
    const article = readArticleText(reader, id);
    const size = reader.size(reader.articlePath(id), article.raw);
    raw += size.raw;
    gzip += size.gzip;
    for (const r of running) {
      const matches = r.plan.terms.length > 0 && matchesAllTerms(article.text, r.plan.terms);
      if (matches) r.truth.push(ordinal);
      while (r.at < r.all.length && r.all[r.at]! < ordinal) r.at++;
      const candidate = r.at < r.all.length && r.all[r.at] === ordinal;
      while (r.proof.at < r.proved.length && r.proved[r.proof.at]! < ordinal) r.proof.at++;
      const proved = r.proof.at < r.proved.length && r.proved[r.proof.at] === ordinal;
      // What the index proves is taken as it is (a wrong proof shows as an extra result);
      // an open candidate is kept, as the client keeps it, only when its text matches.
      if (candidate && (proved || matches)) r.result.push(ordinal);
    }
    if ((ordinal + 1) % 10_000 === 0) progress(`  checked ${ordinal + 1} of ${count} articles`);
  }

  const results: QueryResult[] = [];
  const rejected: RejectedQuery[] = [];
  const truthIds = new Map<string, ReadonlySet<string>>();
  for (const r of running) {
    if (keepIds.has(r.query.text)) truthIds.set(r.query.text, new Set(r.truth.map((o) => index.ids[o]!)));
    if (!r.searchable) {
      rejected.push({ query: r.query.text, kind: r.query.kind, terms: r.plan.terms, wouldMatch: r.truth.length });
      continue;
    }
    const truth = new Set(r.truth);
    const result = new Set(r.result);
    const missing = r.truth.filter((o) => !result.has(o));
    const extra = r.result.filter((o) => !truth.has(o));
    const ids = (ordinals: readonly number[]) => ordinals.slice(0, LISTED_IDS).map((o) => index.ids[o]!);
    const { cost, first } = coldCost(reader, index, r, truth);
    results.push({
      query: r.query.text,
      kind: r.query.kind,
      terms: r.plan.terms,
      keys: r.plan.keys.length,
      exact: r.open.length === 0,
      open: r.open.length,
      truth: r.truth.length,
      candidates: r.all.length,
      titleCandidates: r.title.length,
      result: r.result.length,
      missing: ids(missing),
      missingCount: missing.length,
      extra: ids(extra),
      extraCount: extra.length,
      cold: cost,
      expectedFirst: first === null ? null : index.ids[first]!,
    });
  }
  const sum = (pick: (q: QueryResult) => number, of: readonly QueryResult[] = results) => of.reduce((total, q) => total + pick(q), 0);
  const hits = (q: QueryResult) => q.result - q.extraCount;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const checked = results.filter((q) => !q.exact);
  return {
    queries: results,
    rejected,
    recall: ratio(
      sum(hits),
      sum((q) => q.truth),
    ),
    precisionBefore: ratio(
      sum((q) => q.truth),
      sum((q) => q.candidates),
    ),
    precisionBeforeChecked: ratio(
      sum((q) => q.truth, checked),
      sum((q) => q.candidates, checked),
    ),
    precisionAfter: ratio(
      sum(hits),
      sum((q) => q.result),
    ),
    passMs: performance.now() - started,
    truthIds,
    articleBytes: { raw, gzip },
  };
}

function descending(ascending: Int32Array): number[] {
  return Array.from(ascending).reverse();
}

/** The client's fetches for a cold query (see the file comment), and its first result. */
function coldCost(reader: BundleReader, index: IndexLookup, r: Running, truth: ReadonlySet<number>): { cost: ColdCost; first: number | null } {
  // The client's tiers: title and frequent, title, frequent, the rest; each newest first.
  const rest = subtractOrdinals(r.all, r.title);
  const ranked = [
    ...descending(intersectOrdinals(r.title, r.frequent)),
    ...descending(subtractOrdinals(r.title, r.frequent)),
    ...descending(intersectOrdinals(rest, r.frequent)),
    ...descending(subtractOrdinals(rest, r.frequent)),
  ];
  const indexFiles = new Set(r.files);
  const idPages = new Set<string>();
  const articles: string[] = [];
  let kept = 0;
  let covered = 0;
  let first: number | null = null;
  let dry = 0;
  let articlesChecked = 0;
  // Like the client, a batch more whenever the first screen is not full, candidates remain
  // and the last MAX_DRY_BATCHES batches did not all come back empty.
  while (covered < ranked.length && (covered === 0 || (kept < FIRST_SCREEN && dry < MAX_DRY_BATCHES))) {
    const before = kept;
    for (const ordinal of ranked.slice(covered, covered + RESULT_BATCH)) {
      idPages.add(index.idPagePath(ordinal));
      articles.push(reader.articlePath(index.ids[ordinal]!));
      const open = r.open.includes(ordinal);
      if (open) articlesChecked++;
      if (!open || truth.has(ordinal)) {
        kept++;
        first ??= ordinal;
      }
    }
    dry = kept === before ? dry + 1 : 0;
    covered = Math.min(ranked.length, covered + RESULT_BATCH);
  }
  const bytesOf = (paths: Iterable<string>) => {
    let gzip = 0;
    let raw = 0;
    for (const path of paths) {
      const size = reader.size(path);
      gzip += size.gzip;
      raw += size.raw;
    }
    return { gzip, raw };
  };
  const ofIndex = bytesOf(indexFiles);
  const ofPages = bytesOf(idPages);
  const ofArticles = bytesOf(articles);
  return {
    cost: {
      files: indexFiles.size + idPages.size + articles.length,
      gzipBytes: ofIndex.gzip + ofPages.gzip + ofArticles.gzip,
      rawBytes: ofIndex.raw + ofPages.raw + ofArticles.raw,
      byKind: { index: ofIndex.gzip, idPages: ofPages.gzip, articles: ofArticles.gzip },
      checked: articlesChecked,
    },
    first,
  };
}
