/**
 * How large anything in a bundle may be. Policy as data, for both sides: the ingest
 * caps what it writes to these numbers, and the app's schema checks (src/bundle/) refuse
 * a file that exceeds them, so a hostile or broken bundle costs the reader a clear error
 * rather than a frozen tab. Every number is far above what a real news article has.
 */
export const BUNDLE_LIMITS = Object.freeze({
  /** Characters of a title, an original title or a neighbour's title. */
  title: 300,
  /** Characters of a source, byline or editor. */
  shortText: 200,
  /** Characters of the summary (the ingest writes at most 120). */
  summary: 400,
  /** Category hierarchies one article is filed under. */
  categoriesPerArticle: 16,
  /** Levels of one category path. */
  categoryDepth: 8,
  /** Characters of one category name. */
  categoryName: 64,
  /** Stocks one article names. */
  stocksPerArticle: 64,
  /** Characters of a stock's name as an article writes it. */
  stockName: 32,
  /** Characters of any URL (a head image, an image, a source link). */
  url: 2048,
  /** Images of one article (in the body, and in `images`). */
  imagesPerArticle: 100,
  /** Characters of an article's cleaned HTML. */
  articleHtml: 2_000_000,
  /** Nodes of the category tree, and children of one node. */
  categoryNodes: 20_000,
  /** Stocks in the stock directory. */
  stocks: 200_000,
  /** Articles in a bundle (ordinals are 32-bit integers in the app). */
  articles: 50_000_000,
  /** Entries of a related-stocks or category-counts list of a facet. */
  facetPairs: 20_000,
} as const);
