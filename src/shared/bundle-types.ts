/**
 * The bundle, schema version 3: the contract between the ingest (Node) and the app
 * (browser). Both sides import these types; nothing here may import from either side.
 *
 * Every view downloads only what it shows. The corpus is numbered by *ordinal*: 0 is the
 * oldest article, articleCount - 1 the newest (order: date, then id). Ordinals of existing
 * articles do not move when newer articles are added, so the files that hold old
 * articles keep their content, and with it their names.
 *
 * Layout of a bundle folder (H is a content hash: 10 lower-case base-32 characters):
 *   manifest.json          Manifest — the only file whose name never changes (no-cache)
 *   timeline/H.json        Timeline — the page table and the articles per Beijing day
 *   meta/H.json            MetaPage — metadata of consecutive ordinals (main pages, the
 *                          head, and the own pages of sparse facets)
 *   facets/H.json          Facet — one category node's or one stock's articles
 *   stocks/H.json          StockDirectory — every stock with its count and facet
 *   search/<name>-….json   SearchShard, SearchList, SearchPositions, SearchIdPage — the
 *                          full-text index, named by segment (see SearchIndex)
 *   articles/<id>.json     Article — one article with its cleaned body and neighbours
 *   report.json            IngestReport — what the last ingest read, skipped and why
 *
 * Files named by hash are immutable: serve them with `Cache-Control: immutable`.
 * Article files keep their path; their URL carries `?v=<rev>`, which changes exactly
 * when the file does.
 */

/** Bumped whenever a reader of an older bundle would misread a newer one. */
export const BUNDLE_SCHEMA_VERSION = 3;

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
  /** Hash of the article file (everything in it but rev): changes exactly when the file does. */
  readonly rev: string;
}

/** An article next to another in the unfiltered order. */
export interface NeighbourRef {
  readonly id: string;
  readonly title: string;
}

export interface Article extends ArticleMeta {
  /** Cleaned and sanitized HTML. Still untrusted: the app sanitizes it again. */
  readonly html: string;
  /**
   * The headline the source first published (a leading 原标题：… line), when it differs
   * from `title`; else null. Absent in files of older ingests.
   */
  readonly originalTitle?: string | null;
  /**
   * The article on its source site, from the front matter's `link`, `source` or `url`:
   * an http(s) URL, else null. Absent in files of older ingests.
   */
  readonly sourceUrl?: string | null;
  /** Every image URL of the body, in order. */
  readonly images: readonly string[];
  /** The articles before and after this one in the unfiltered list (newer is above). */
  readonly neighbours: {
    readonly newer: NeighbourRef | null;
    readonly older: NeighbourRef | null;
  };
}

/**
 * An article's own content, without its place in a bundle: what a bookmark saves and
 * an export file carries (saved copies of schema 1 have no neighbours).
 */
export type ArticleContent = Omit<Article, 'neighbours'>;

export interface CategoryNode {
  readonly name: string;
  /** Path from the root, this node's name last. */
  readonly path: CategoryPath;
  /** Articles filed under this node or any descendant, each counted once. */
  readonly count: number;
  /** Hash of this node's Facet file (files.facet). */
  readonly facet: string;
  readonly children: readonly CategoryNode[];
}

export interface StockSummary extends StockRef {
  /** Articles that mention the stock. */
  readonly count: number;
  /** Hash of this stock's Facet file (files.facet). */
  readonly facet: string;
}

/** File name templates: "{hash}" or "{id}" is replaced; all bundle-relative. */
export interface BundleFileTemplates {
  /** "articles/{id}.json" */
  readonly article: string;
  /** "meta/{hash}.json" */
  readonly page: string;
  /** "facets/{hash}.json" */
  readonly facet: string;
  /** "timeline/{hash}.json" */
  readonly timeline: string;
  /** "stocks/{hash}.json" */
  readonly stocks: string;
  /** "search/{hash}.json": {hash} is a search file's name, `<segment name>-<local name>`. */
  readonly search: string;
}

export interface Manifest {
  readonly schemaVersion: typeof BUNDLE_SCHEMA_VERSION;
  /** ISO time of the build. */
  readonly generatedAt: string;
  /**
   * Hash of everything the manifest points to: equal for two builds with the same
   * content, whatever their generatedAt. Part of every query key derived from it.
   */
  readonly version: string;
  readonly articleCount: number;
  /** Articles per main page: page k holds ordinals [k * pageSize, (k + 1) * pageSize). */
  readonly pageSize: number;
  readonly files: BundleFileTemplates;
  /** Hash of the Timeline. */
  readonly timeline: string;
  /** Hash of the MetaPage with the newest articles (at most HEAD_SIZE): the first screen. */
  readonly head: string;
  /** Hash of the StockDirectory. */
  readonly stocks: string;
  readonly stockCount: number;
  /** The category tree, largest first; every node has its facet. */
  readonly categories: readonly CategoryNode[];
  /** The full-text index: its segments, whose files are named by them. */
  readonly search: SearchIndex;
}

/** Newest articles in the manifest's head page and in every facet's head. */
export const HEAD_SIZE = 24;

export interface Timeline {
  /** Hash of main page k, for every k: pages cover ordinals in order, oldest first. */
  readonly pages: readonly string[];
  /**
   * Articles per Beijing day, oldest first, flattened: [day, count, day, count, …] where
   * day is days since 1970-01-01 in Beijing time (UTC+8) and count > 0. The counts add up
   * to articleCount; the first `count` ordinals are the first day's, and so on.
   */
  readonly days: readonly number[];
}

/** Metadata of consecutive positions, oldest first. */
export interface MetaPage {
  /**
   * Position of articles[0]: an ordinal for main pages and the head; for a facet's own
   * pages, an index into the facet's ordinal list.
   */
  readonly first: number;
  readonly articles: readonly ArticleMeta[];
}

export type FacetKind = 'category' | 'stock';

export interface Facet {
  readonly kind: FacetKind;
  /** The joined category path ("金融/新浪财经") or the stock code ("sz000931"). */
  readonly key: string;
  readonly count: number;
  /** The facet's ordinals, ascending, encoded by src/shared/ordinal-list.ts. */
  readonly ordinals: string;
  /** Metadata of the newest min(count, HEAD_SIZE) articles, newest first. */
  readonly head: readonly ArticleMeta[];
  /**
   * Hashes of the facet's own MetaPages, for sparse facets (fewer than one article in
   * SPARSE_RATIO): page j holds the facet's positions [j * pageSize, (j + 1) * pageSize)
   * of `ordinals`. Empty for dense facets, whose metadata the main pages hold densely.
   */
  readonly pages: readonly string[];
  /** For stocks: articles per category node (joined path) among this stock's. */
  readonly categoryCounts: readonly (readonly [string, number])[];
  /** For stocks: the stocks most often mentioned with this one, [code, articles], most first. */
  readonly related: readonly (readonly [string, number])[];
}

/** A facet with fewer than one article in this many has its own metadata pages. */
export const SPARSE_RATIO = 8;

export interface StockDirectory {
  /** Most mentioned first, ties by code. */
  readonly stocks: readonly StockSummary[];
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

/**
 * The full-text index (rules in src/shared/search-text.ts, matching in
 * src/shared/search-match.ts): for every key of the corpus's normalized text, the
 * articles that contain it, where, and which of them have it in the title or often.
 *
 * The corpus is indexed in at most three *segments* of consecutive ordinals, cut where the
 * article count's multiples of SEARCH_SEGMENT_LEVELS fall: everything up to the last
 * multiple of 16,384, then up to the last multiple of 64, then the newest few. A new
 * article changes only the last segment (every 64th the one before, every 16,384th all
 * three): the rest of the index keeps its files. Every file of a segment is named `<name>-<local>` where
 * the name hashes everything the segment is built from, so the files are immutable.
 * Ordinals inside a segment's files count from the segment's `first`.
 *
 *   search/<name>-s<k>.json       SearchShard k of the segment
 *   search/<name>-l<k>-<j>.json   SearchList: a long list of shard k, in a file of its own
 *   search/<name>-p<k>-<j>.json   SearchPositions: positions of some keys of shard k
 *   search/<name>-i<j>.json       SearchIdPage j of the segment
 */
export interface SearchIndex {
  /** Ordinals per SearchIdPage. */
  readonly idPageSize: number;
  /** Oldest first; together they cover ordinals 0 to articleCount - 1 without gap. */
  readonly segments: readonly SearchSegment[];
}

export interface SearchSegment {
  /** The segment's first ordinal. */
  readonly first: number;
  readonly count: number;
  /** Hash of everything the segment's files are built from: its files' name prefix. */
  readonly name: string;
  /** Shards of the segment: a power of two (keys go by searchShardOf). */
  readonly shards: number;
}

/** The multiples at which segments are cut, largest first (see SearchIndex). */
export const SEARCH_SEGMENT_LEVELS: readonly number[] = Object.freeze([16_384, 64]);

/**
 * Which article an ordinal is, for search results scattered over the corpus: a result
 * costs its few bytes here and its article file (which it needs for the snippet anyway),
 * where a metadata page would cost a hundred articles' metadata.
 */
export interface SearchIdPage {
  /** Segment-relative ordinal of articles[0]. */
  readonly first: number;
  /** [id, rev] of each ordinal from `first` on. */
  readonly articles: readonly (readonly [id: string, rev: string])[];
}

/**
 * A key's entry: [key, count, ordinals, titleOrdinals, frequentOrdinals, positions].
 * `ordinals` is a list encoded by src/shared/ordinal-list.ts, or "@j" for the shard's
 * SearchList j holding it (lists too large to share a shard); `titleOrdinals` lists those
 * whose title has the key; `frequentOrdinals` those with it at least FREQUENT_BIGRAM times
 * (src/shared/search-text.ts), or "" when the SearchList holds them. `positions` is
 * "=" and the encoded positions (src/shared/search-positions.ts), "#j" for the shard's
 * SearchPositions j that holds them, or "" when the key is too common to keep them.
 */
export type SearchEntry = readonly [key: string, count: number, ordinals: string, titleOrdinals: string, frequentOrdinals: string, positions: string];

export interface SearchShard {
  /** In hash order (search-text.ts); a key absent from its shard occurs in no article of the segment. */
  readonly entries: readonly SearchEntry[];
}

/** One key's ordinals, in a file of their own, and those where it is frequent. */
export interface SearchList {
  readonly key: string;
  readonly count: number;
  readonly ordinals: string;
  readonly frequent: string;
}

/** Positions of some keys of a shard: [key, encoded positions]. */
export interface SearchPositions {
  readonly entries: readonly (readonly [key: string, positions: string])[];
}
