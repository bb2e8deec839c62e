import type {
  ArticleIndex, ArticleMeta, CategoryNode, Manifest, MetaPage, StockRef, StockSummary,
} from '../shared/bundle-types';
import { BUNDLE_SCHEMA_VERSION } from '../shared/bundle-types';
import { joinCategoryPath } from '../shared/category-path';
import { formatStockSymbol } from '../shared/stock-markets';

/** Metadata per page: small enough for a fast first screen, few enough files at 100k. */
export const META_PAGE_SIZE = 200;

export interface BundleFiles {
  readonly manifest: Manifest;
  readonly pages: readonly MetaPage[];
  readonly index: ArticleIndex;
}

/**
 * Everything but the article files, from the metadata of a run's articles. Pure: `generatedAt`
 * comes in. Articles are ordered newest first, ties by id, so that two runs over the
 * same posts produce the same pages.
 */
export function buildBundle(articles: readonly ArticleMeta[], generatedAt: string, pageSize = META_PAGE_SIZE): BundleFiles {
  const metas = [...articles].sort(
    (a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const pages: MetaPage[] = [];
  for (let start = 0; start < metas.length; start += pageSize) {
    pages.push({ page: pages.length + 1, articles: metas.slice(start, start + pageSize) });
  }
  const manifest: Manifest = {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    generatedAt,
    articleCount: metas.length,
    categories: categoryTree(metas),
    stocks: stockSummaries(metas),
    meta: {
      pageSize,
      pages: pages.map((p) => ({
        file: metaPageFile(p.page),
        count: p.articles.length,
        newest: p.articles[0]!.date,
        oldest: p.articles[p.articles.length - 1]!.date,
      })),
    },
    index: 'index.json',
    articlePath: 'articles/{id}.json',
  };
  return { manifest, pages, index: buildIndex(metas) };
}

export function metaPageFile(page: number): string {
  return `meta/page-${String(page).padStart(4, '0')}.json`;
}

interface MutableNode {
  readonly name: string;
  readonly path: string[];
  readonly ids: Set<string>;
  readonly children: Map<string, MutableNode>;
}

/** Counts articles, not filings: an article under two feeds of 金融 counts once for 金融. */
function categoryTree(metas: readonly ArticleMeta[]): CategoryNode[] {
  const root = new Map<string, MutableNode>();
  for (const meta of metas) {
    for (const path of meta.categories) {
      let level = root;
      for (let depth = 0; depth < path.length; depth++) {
        const name = path[depth]!;
        let node = level.get(name);
        if (!node) {
          node = { name, path: path.slice(0, depth + 1), ids: new Set(), children: new Map() };
          level.set(name, node);
        }
        node.ids.add(meta.id);
        level = node.children;
      }
    }
  }
  const freeze = (level: Map<string, MutableNode>): CategoryNode[] =>
    [...level.values()]
      .sort((a, b) => b.ids.size - a.ids.size || a.name.localeCompare(b.name, 'zh-CN'))
      .map((n) => ({ name: n.name, path: n.path, count: n.ids.size, children: freeze(n.children) }));
  return freeze(root);
}

/** The name an article linked wins over a code-shaped fallback name. */
function stockSummaries(metas: readonly ArticleMeta[]): StockSummary[] {
  const byCode = new Map<string, { stock: StockSummary; count: number }>();
  for (const meta of metas) {
    for (const stock of meta.stocks) {
      const entry = byCode.get(stock.code);
      if (!entry) byCode.set(stock.code, { stock: { ...stock, count: 0 }, count: 1 });
      else {
        entry.count++;
        if (isFallbackName(entry.stock) && !isFallbackName(stock)) entry.stock = { ...stock, count: 0 };
      }
    }
  }
  return [...byCode.values()]
    .map(({ stock, count }) => ({ ...stock, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

function isFallbackName(stock: StockRef): boolean {
  return stock.name === formatStockSymbol(stock);
}

function buildIndex(metas: readonly ArticleMeta[]): ArticleIndex {
  const categoryPaths: string[] = [];
  const categoryIds = new Map<string, number>();
  const stockCodes: string[] = [];
  const stockIds = new Map<string, number>();
  const idOf = (map: Map<string, number>, list: string[], key: string): number => {
    let id = map.get(key);
    if (id === undefined) {
      id = list.length;
      list.push(key);
      map.set(key, id);
    }
    return id;
  };
  return {
    ids: metas.map((m) => m.id),
    dates: metas.map((m) => Math.floor(Date.parse(m.date) / 1000)),
    categories: metas.map((m) => m.categories.map((p) => idOf(categoryIds, categoryPaths, joinCategoryPath(p)))),
    stocks: metas.map((m) => m.stocks.map((s) => idOf(stockIds, stockCodes, s.code))),
    categoryPaths,
    stockCodes,
  };
}
