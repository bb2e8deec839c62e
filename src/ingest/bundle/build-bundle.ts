import type { ArticleMeta, CategoryNode, Manifest, SearchIndex, StockSummary } from '../../shared/bundle-types';
import { HEAD_SIZE } from '../../shared/bundle-types';
import { buildCategoryTree, type CategoryTreeNode } from './build-category-tree';
import { buildFacet, facetHeadOrdinals, type FacetInput } from './build-facet';
import { buildFacetPages } from './build-facet-pages';
import { buildManifest } from './build-manifest';
import { buildPages } from './build-pages';
import { buildTimeline } from './build-timeline';
import { encodeOrdinals } from '../../shared/ordinal-list';
import { BUNDLE_FILES, bundleFile, bundleFileOfJson, type BundleFile } from './bundle-file';
import { contentHash } from './content-hash';
import { collectStocks } from './collect-stocks';
import { countStockCategories } from './count-stock-categories';
import { orderArticles } from './order-articles';
import { rankRelatedStocks } from './rank-related-stocks';

/** Articles per main page and per facet page: about 20 KB of gzip, a few screens of the list. */
export const PAGE_SIZE = 100;

/** What building yields, file by file, before it returns the manifest. */
export type BundleBuild = Generator<BundleFile, Manifest, undefined>;

/** No index: every search finds nothing (for tests of the other files). */
export const NO_SEARCH_INDEX: SearchIndex = Object.freeze({ idPageSize: 64, segments: [] });

/**
 * An article as building needs it: what orders and groups it at hand, its whole metadata
 * only when a file that holds it must be written (read from the cache then).
 */
export interface BundleArticle extends Pick<ArticleMeta, 'id' | 'rev' | 'date' | 'categories' | 'stocks'> {
  meta(): ArticleMeta;
  /** JSON.stringify(meta()): what pages are made of, without parsing and serializing 100,000 metas again. */
  metaJson(): string;
}

/** Articles whose metadata is at hand already. */
export function bundleArticles(metas: readonly ArticleMeta[]): BundleArticle[] {
  return metas.map((meta) => ({
    id: meta.id,
    rev: meta.rev,
    date: meta.date,
    categories: meta.categories,
    stocks: meta.stocks,
    meta: () => meta,
    metaJson: () => JSON.stringify(meta),
  }));
}

/**
 * The files of an earlier build, by a key of everything each was made from: a file whose
 * key comes again is the same file, and is neither built (its articles' metadata not even
 * read) nor written. `get` answers only for files the bundle folder still has.
 */
export interface BuildMemo {
  get(key: string, template: string): string | undefined;
  set(key: string, hash: string): void;
}

/**
 * Every file of the bundle but the article files, the search index and the report, from
 * a run's articles (revs known), in any order. Pure: the same articles give the same
 * files, whatever generatedAt, which only the manifest carries. A generator: each file is
 * yielded as soon as it is serialized (`bytes` null: the folder has it, by the memo), and
 * the manifest, which names the others by hash, is returned last, so a writer holds one
 * file at a time. Files are built bottom-up for that reason: pages before the timeline
 * and facets that name them, facets before the tree and directory that name them.
 * Identical content (a leaf and its parent with the same articles) yields the same path
 * twice. The search index's files are written by its own builder (src/ingest/bundle/search/);
 * `search` is what it returned.
 */
export function* buildBundle(
  articles: readonly BundleArticle[],
  generatedAt: string,
  search: SearchIndex = NO_SEARCH_INDEX,
  pageSize = PAGE_SIZE,
  memo: BuildMemo | null = null,
): BundleBuild {
  const ordered = orderArticles(articles);
  const metaOf = (ordinal: number) => ordered[ordinal]!.meta();
  // A MetaPage ({ first, articles }) spelled from the metas' JSON: the bytes JSON.stringify gives.
  const emitPage = (first: number, of: readonly BundleArticle[]) =>
    memoized(memo, `page ${first} ${of.map((a) => `${a.id}.${a.rev}`).join(' ')}`, BUNDLE_FILES.page, () => ({
      json: `{"first":${first},"articles":[${of.map((a) => a.metaJson()).join(',')}]}`,
    }));
  const pages: string[] = [];
  for (const page of buildPages(ordered, pageSize)) pages.push(yield* emitPage(page.first, page.articles));
  const headFirst = ordered.length - Math.min(ordered.length, HEAD_SIZE);
  const head = yield* emitPage(headFirst, ordered.slice(headFirst));
  const timeline = yield* emit(BUNDLE_FILES.timeline, buildTimeline(ordered, pages));

  /** A facet's own pages, then the facet that names them; returns the facet's hash. */
  function* emitFacet(input: FacetInput): Generator<BundleFile, string, undefined> {
    const own: string[] = [];
    for (const page of buildFacetPages(input.ordinals, ordered, pageSize)) own.push(yield* emitPage(page.first, page.articles));
    const headKey = facetHeadOrdinals(input.ordinals).map((o) => `${ordered[o]!.id}.${ordered[o]!.rev}`);
    const key = JSON.stringify([input.kind, input.key, encodeOrdinals(input.ordinals), headKey, own, input.categoryCounts, input.related]);
    return yield* memoized(memo, `facet ${key}`, BUNDLE_FILES.facet, () => buildFacet(input, metaOf, own));
  }

  const tree = buildCategoryTree(ordered);
  const categoryFacets = new Map<CategoryTreeNode, string>();
  for (const node of tree.nodes) {
    categoryFacets.set(node, yield* emitFacet({ kind: 'category', key: node.key, ordinals: node.ordinals, categoryCounts: [], related: [] }));
  }
  const stocks: StockSummary[] = [];
  for (const { ref, ordinals } of collectStocks(ordered)) {
    const input: FacetInput = {
      kind: 'stock',
      key: ref.code,
      ordinals,
      categoryCounts: countStockCategories(ordinals, tree.nodesOf),
      related: rankRelatedStocks(ref.code, ordinals, ordered),
    };
    stocks.push({ ...ref, count: ordinals.length, facet: yield* emitFacet(input) });
  }
  const directory = yield* emit(BUNDLE_FILES.stocks, { stocks });

  const toCategoryNode = (node: CategoryTreeNode): CategoryNode => ({
    name: node.name,
    path: node.path,
    count: node.ordinals.length,
    facet: categoryFacets.get(node)!,
    children: node.children.map(toCategoryNode),
  });
  return buildManifest(
    {
      articleCount: ordered.length,
      pageSize,
      timeline,
      head,
      stocks: directory,
      stockCount: stocks.length,
      categories: tree.roots.map(toCategoryNode),
      search,
    },
    generatedAt,
  );
}

function isSpelled(value: unknown): value is { json: string } {
  return typeof value === 'object' && value !== null && 'json' in value && typeof value.json === 'string' && Object.keys(value).length === 1;
}

function* emit(template: string, value: unknown): Generator<BundleFile, string, undefined> {
  const file = bundleFile(template, value);
  yield file;
  return file.hash;
}

/**
 * A file by its key: the folder's copy when the memo knows the key, else built (and
 * remembered). `value` gives the file's value, or its JSON already spelled out.
 */
function* memoized(memo: BuildMemo | null, key: string, template: string, value: () => unknown): Generator<BundleFile, string, undefined> {
  const digest = memo ? contentHash(key) : '';
  const known = memo?.get(digest, template);
  if (known !== undefined) {
    yield { path: template.replace('{hash}', known), hash: known, bytes: null };
    return known;
  }
  const built = value();
  const file = isSpelled(built) ? bundleFileOfJson(template, built.json) : bundleFile(template, built);
  memo?.set(digest, file.hash);
  yield file;
  return file.hash;
}
