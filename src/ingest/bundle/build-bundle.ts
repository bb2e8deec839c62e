import type { ArticleMeta, CategoryNode, Manifest, SearchIndex, StockSummary } from '../../shared/bundle-types';
import { HEAD_SIZE } from '../../shared/bundle-types';
import { buildCategoryTree, type CategoryTreeNode } from './build-category-tree';
import { buildFacet, type FacetInput } from './build-facet';
import { buildFacetPages } from './build-facet-pages';
import { buildManifest } from './build-manifest';
import { buildPages } from './build-pages';
import { buildTimeline } from './build-timeline';
import { BUNDLE_FILES, bundleFile, type BundleFile } from './bundle-file';
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
 * Every file of the bundle but the article files and the report, from the final
 * metadata (revs known) of a run's articles, in any order. Pure: the same metas give the
 * same files, whatever generatedAt, which only the manifest carries. A generator: each
 * file is yielded as soon as it is serialized, and the manifest, which names the others
 * by hash, is returned last, so a writer holds one file at a time. Files are built
 * bottom-up for that reason: pages before the timeline and facets that name them,
 * facets before the tree and directory that name them. Identical content (a leaf and
 * its parent with the same articles) yields the same path twice. The search index's
 * files are written by its own builder (src/ingest/search/); `search` is what it returned.
 */
export function* buildBundle(
  metas: readonly ArticleMeta[],
  generatedAt: string,
  search: SearchIndex = NO_SEARCH_INDEX,
  pageSize = PAGE_SIZE,
): BundleBuild {
  const ordered = orderArticles(metas);
  const pages: string[] = [];
  for (const page of buildPages(ordered, pageSize)) pages.push(yield* emit(BUNDLE_FILES.page, page));
  const headFirst = ordered.length - Math.min(ordered.length, HEAD_SIZE);
  const head = yield* emit(BUNDLE_FILES.page, { first: headFirst, articles: ordered.slice(headFirst) });
  const timeline = yield* emit(BUNDLE_FILES.timeline, buildTimeline(ordered, pages));

  const tree = buildCategoryTree(ordered);
  const categoryFacets = new Map<CategoryTreeNode, string>();
  for (const node of tree.nodes) {
    const input = { kind: 'category', key: node.key, ordinals: node.ordinals, categoryCounts: [], related: [] } as const;
    categoryFacets.set(node, yield* emitFacet(input, ordered, pageSize));
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
    stocks.push({ ...ref, count: ordinals.length, facet: yield* emitFacet(input, ordered, pageSize) });
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

function* emit(template: string, value: unknown): Generator<BundleFile, string, undefined> {
  const file = bundleFile(template, value);
  yield file;
  return file.hash;
}

/** A facet's own pages, then the facet that names them; returns the facet's hash. */
function* emitFacet(input: FacetInput, ordered: readonly ArticleMeta[], pageSize: number): Generator<BundleFile, string, undefined> {
  const pages: string[] = [];
  for (const page of buildFacetPages(input.ordinals, ordered, pageSize)) pages.push(yield* emit(BUNDLE_FILES.page, page));
  return yield* emit(BUNDLE_FILES.facet, buildFacet(input, ordered, pages));
}
