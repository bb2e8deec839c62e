/**
 * The bundle: the contract between the ingest (Node) and the app (browser).
 * Both sides import these types; nothing here may import from either side.
 *
 * Layout of a bundle folder:
 *   manifest.json            Manifest
 *   meta/page-0001.json      MetaPage — article metadata, newest first, pageSize per page
 *   index.json               ArticleIndex — compact columns for filtering the whole corpus
 *   articles/<id>.json       Article — one article with its cleaned, sanitized body
 *   report.json              IngestReport — what was read, skipped and why
 */

/** Bumped whenever a reader of an older bundle would misread a newer one. */
export const BUNDLE_SCHEMA_VERSION = 1;

export type Market = 'SH' | 'SZ' | 'BJ' | 'HK' | 'US' | 'OTHER';

export interface StockRef {
  /** The source's own code, lower case, e.g. "sz000931", "hk00700", "gb_aapl". */
  readonly code: string;
  readonly market: Market;
  /** The exchange's symbol, e.g. "000931", "00700", "AAPL". */
  readonly symbol: string;
  /** The name the article uses, e.g. "中关村". */
  readonly name: string;
}

/** One Hexo category hierarchy, root first: ["金融", "新浪财经", "新浪财经－国內"]. */
export type CategoryPath = readonly string[];

export interface ArticleMeta {
  /** Stable across rebuilds and renames: derived from normalized title + date. URL-safe. */
  readonly id: string;
  readonly title: string;
  /** ISO 8601 in UTC, e.g. "2022-02-10T12:50:43.000Z". */
  readonly date: string;
  /** The front matter's `author`: the publishing site or feed, e.g. "新浪财经". */
  readonly source: string;
  /** Every hierarchy the article is filed under (usually one). */
  readonly categories: readonly CategoryPath[];
  readonly stocks: readonly StockRef[];
  /** First real paragraph as plain text, at most 120 characters. */
  readonly summary: string;
  /** Non-whitespace characters of the body text. */
  readonly charCount: number;
  /** charCount / 400, rounded, at least 1. */
  readonly readingMinutes: number;
  /** https: or root-relative URL, or null. */
  readonly headImage: string | null;
  /** The reporter line, e.g. "21世纪经济报道记者朱萍 北京报道", or null. */
  readonly byline: string | null;
  /** From 责任编辑：…, or null. */
  readonly editor: string | null;
  /** Content hash of the article file: changes whenever the article does. */
  readonly rev: string;
}

export interface Article extends ArticleMeta {
  /** Cleaned and sanitized HTML. Still untrusted: the app sanitizes it again. */
  readonly html: string;
  /** Every image URL of the body, in order. */
  readonly images: readonly string[];
}

export interface CategoryNode {
  readonly name: string;
  /** Path from the root, this node's name last. */
  readonly path: CategoryPath;
  /** Articles filed under this node or any descendant, each counted once. */
  readonly count: number;
  readonly children: readonly CategoryNode[];
}

export interface StockSummary extends StockRef {
  /** Articles that mention the stock. */
  readonly count: number;
}

export interface MetaPageRef {
  /** Bundle-relative path, e.g. "meta/page-0001.json". */
  readonly file: string;
  readonly count: number;
  /** ISO dates of the first (newest) and last (oldest) article on the page. */
  readonly newest: string;
  readonly oldest: string;
}

export interface Manifest {
  readonly schemaVersion: typeof BUNDLE_SCHEMA_VERSION;
  /** ISO time of the build. */
  readonly generatedAt: string;
  readonly articleCount: number;
  readonly categories: readonly CategoryNode[];
  /** Most mentioned first. */
  readonly stocks: readonly StockSummary[];
  readonly meta: {
    readonly pageSize: number;
    readonly pages: readonly MetaPageRef[];
  };
  /** Bundle-relative path of the ArticleIndex. */
  readonly index: string;
  /** Bundle-relative path pattern of article files; "{id}" is replaced by the id. */
  readonly articlePath: string;
}

export interface MetaPage {
  readonly page: number;
  readonly articles: readonly ArticleMeta[];
}

/**
 * Column-wise, newest first, aligned with the meta pages: row i is article i of the corpus.
 * Small enough to load whole for 100,000 articles, so filters never need every page.
 */
export interface ArticleIndex {
  readonly ids: readonly string[];
  /** Seconds since the epoch. */
  readonly dates: readonly number[];
  /** Every category path in the corpus, joined by "/"; rows refer to them by position. */
  readonly categoryPaths: readonly string[];
  readonly categories: readonly (readonly number[])[];
  /** Stock codes; rows refer to them by position. */
  readonly stockCodes: readonly string[];
  readonly stocks: readonly (readonly number[])[];
}

export type ProblemKind = 'skipped' | 'duplicate' | 'warning';

export interface IngestProblem {
  /** Path relative to the posts folder. */
  readonly file: string;
  readonly kind: ProblemKind;
  readonly reason: string;
}

export interface IngestReport {
  readonly generatedAt: string;
  readonly read: number;
  readonly ok: number;
  readonly skipped: number;
  readonly duplicates: number;
  readonly problems: readonly IngestProblem[];
}
