/**
 * What the benchmark visits, read from a bundle on disk (never through the browser), for
 * either schema version, chosen by manifest.schemaVersion:
 *
 * - v1 (schemaVersion 1): manifest.meta.pages[].file are the metadata pages, newest first;
 *   manifest.stocks; manifest.categories; index.json maps rows (newest first) to categories.
 * - v2 and v3 (src/shared/bundle-types.ts; v3 differs in its search index only): the
 *   timeline's main pages hold ordinals oldest first;
 *   the head page the newest articles; stocks/<hash>.json; facets/<hash>.json per node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type {
  CategoryNode as V2CategoryNode,
  Facet as V2Facet,
  Manifest as V2Manifest,
  MetaPage as V2MetaPage,
  StockDirectory as V2StockDirectory,
  Timeline as V2Timeline,
} from '../../src/shared/bundle-types';

/** The parts of schema v1 (git show 0001fbf:src/shared/bundle-types.ts) read here. */
interface V1ArticleMeta {
  readonly id: string;
  readonly title: string;
}
interface V1Manifest {
  readonly schemaVersion: 1;
  readonly articleCount: number;
  readonly categories: readonly TreeNode[];
  readonly stocks: readonly StockCount[];
  readonly meta: { readonly pageSize: number; readonly pages: readonly { readonly file: string }[] };
  readonly index: string;
}
interface V1MetaPage {
  readonly articles: readonly V1ArticleMeta[];
}
interface V1Index {
  readonly ids: readonly string[];
  readonly categoryPaths: readonly string[];
  readonly categories: readonly (readonly number[])[];
  readonly stockCodes: readonly string[];
  readonly stocks: readonly (readonly number[])[];
}

interface TreeNode {
  readonly name: string;
  readonly path: readonly string[];
  readonly count: number;
  readonly children: readonly TreeNode[];
}
interface StockCount {
  readonly code: string;
  readonly name: string;
  readonly count: number;
  /** v2: the stock's facet. */
  readonly facet?: string;
}

export interface ArticleRef {
  readonly id: string;
  readonly title: string;
}

export interface BenchTargets {
  readonly schemaVersion: number;
  readonly articleCount: number;
  /** The 20 newest articles, newest first: the static floor page and the list's first screen. */
  readonly newest: readonly ArticleRef[];
  /** The article at ordinal ⌊articleCount / 2⌋. */
  readonly middle: ArticleRef;
  /** The median stock by article count. */
  readonly stock: {
    readonly code: string;
    readonly name: string;
    readonly count: number;
    readonly rank: number;
    readonly of: number;
    /** Its newest articles (up to 24), newest first: its list must start with one of them. */
    readonly newest: readonly ArticleRef[];
  };
  /** The leaf category nearest the median by count whose newest article is not the list's. */
  readonly leaf: {
    readonly path: readonly string[];
    readonly joined: string;
    readonly count: number;
    readonly rank: number;
    readonly of: number;
    /** Its newest articles (up to 24), newest first: the list must start with one of them. */
    readonly newest: readonly ArticleRef[];
  };
}

interface BundleReader {
  readonly schemaVersion: number;
  readonly articleCount: number;
  readonly categories: readonly TreeNode[];
  newest(): ArticleRef[];
  middle(): ArticleRef;
  stocks(): readonly StockCount[];
  /** Newest articles (up to HEAD) of a category node, newest first. */
  categoryNewest(node: TreeNode): ArticleRef[];
  /** Newest articles (up to HEAD) of a stock, newest first. */
  stockNewest(stock: StockCount): ArticleRef[];
}

const HEAD = 24;

export function readTargets(bundleDir: string): BenchTargets {
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(bundleDir, path), 'utf8')) as T;
  const manifest = read<{ readonly schemaVersion: number }>('manifest.json');
  const reader =
    manifest.schemaVersion === 1
      ? v1Reader(manifest as V1Manifest, read)
      : manifest.schemaVersion === 2 || manifest.schemaVersion === 3
        ? v2Reader(manifest as V2Manifest, read)
        : null;
  if (!reader) throw new Error(`${bundleDir}: unknown bundle schema version ${manifest.schemaVersion}`);
  const newest = reader.newest();
  return {
    schemaVersion: reader.schemaVersion,
    articleCount: reader.articleCount,
    newest,
    middle: reader.middle(),
    stock: medianStock(reader),
    leaf: clickableLeaf(reader, newest[0]?.id ?? ''),
  };
}

function medianStock(reader: BundleReader): BenchTargets['stock'] {
  const sorted = [...reader.stocks()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const rank = Math.floor(sorted.length / 2);
  const stock = sorted[rank];
  if (!stock) throw new Error('the bundle has no stocks');
  const { code, name, count } = stock;
  return { code, name, count, rank: rank + 1, of: sorted.length, newest: reader.stockNewest(stock) };
}

/**
 * The median leaf by count, or the nearest one to it whose newest article is not the
 * whole list's (the click measurement waits for the first title to change).
 */
function clickableLeaf(reader: BundleReader, newestId: string): BenchTargets['leaf'] {
  const leaves = flatten(reader.categories).filter((node) => node.children.length === 0);
  leaves.sort((a, b) => a.count - b.count || a.path.join('/').localeCompare(b.path.join('/')));
  const median = Math.floor(leaves.length / 2);
  for (let step = 0; step < leaves.length * 2; step++) {
    const index = median + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
    const leaf = leaves[index];
    if (!leaf) continue;
    const newest = reader.categoryNewest(leaf);
    if (newest.length === 0 || newest[0]!.id === newestId) continue;
    return { path: leaf.path, joined: leaf.path.join('/'), count: leaf.count, rank: index + 1, of: leaves.length, newest };
  }
  throw new Error('no leaf category fits the click measurement');
}

function flatten(nodes: readonly TreeNode[], into: TreeNode[] = []): TreeNode[] {
  for (const node of nodes) {
    into.push(node);
    flatten(node.children, into);
  }
  return into;
}

type Read = <T>(path: string) => T;

const ref = (article: V1ArticleMeta): ArticleRef => ({ id: article.id, title: article.title });

function v1Reader(manifest: V1Manifest, read: Read): BundleReader {
  const { pageSize, pages } = manifest.meta;
  const page = (k: number): V1MetaPage => {
    const file = pages[k]?.file;
    if (file === undefined) throw new Error(`v1 bundle: no meta page ${k}`);
    return read<V1MetaPage>(file);
  };
  const at = (row: number): ArticleRef => {
    const article = page(Math.floor(row / pageSize)).articles[row % pageSize];
    if (!article) throw new Error(`v1 bundle: no article at row ${row}`);
    return ref(article);
  };
  let index: V1Index | null = null;
  const indexed = () => (index ??= read<V1Index>(manifest.index));
  /** The newest rows (up to HEAD) whose cell of `column` holds `position`. */
  const newestWith = (column: readonly (readonly number[])[], position: number): ArticleRef[] => {
    const rows: number[] = [];
    for (let row = 0; row < column.length && rows.length < HEAD; row++) {
      if (column[row]?.includes(position)) rows.push(row);
    }
    return rows.map(at);
  };
  return {
    schemaVersion: 1,
    articleCount: manifest.articleCount,
    categories: manifest.categories,
    newest: () => page(0).articles.slice(0, 20).map(ref),
    // Rows run newest first; ordinal ⌊n / 2⌋ counted from the oldest, as in v2.
    middle: () => at(manifest.articleCount - 1 - Math.floor(manifest.articleCount / 2)),
    stocks: () => manifest.stocks,
    // A row lists its own paths only, so this is exact for leaves, the nodes used here.
    categoryNewest: (node) => newestWith(indexed().categories, indexed().categoryPaths.indexOf(node.path.join('/'))),
    stockNewest: (stock) => newestWith(indexed().stocks, indexed().stockCodes.indexOf(stock.code)),
  };
}

function v2Reader(manifest: V2Manifest, read: Read): BundleReader {
  const file = (template: string, hash: string) => template.replace('{hash}', hash);
  const metaPage = (hash: string) => read<V2MetaPage>(file(manifest.files.page, hash));
  const facets = new Map<string, string>();
  const index = (nodes: readonly V2CategoryNode[]) => {
    for (const node of nodes) {
      facets.set(node.path.join('/'), node.facet);
      index(node.children);
    }
  };
  index(manifest.categories);
  const facetHead = (hash: string | undefined): ArticleRef[] =>
    hash === undefined ? [] : read<V2Facet>(file(manifest.files.facet, hash)).head.slice(0, HEAD).map(ref);
  return {
    schemaVersion: manifest.schemaVersion,
    articleCount: manifest.articleCount,
    categories: manifest.categories,
    newest: () => [...metaPage(manifest.head).articles].reverse().slice(0, 20).map(ref),
    middle: () => {
      const timeline = read<V2Timeline>(file(manifest.files.timeline, manifest.timeline));
      const ordinal = Math.floor(manifest.articleCount / 2);
      const hash = timeline.pages[Math.floor(ordinal / manifest.pageSize)];
      if (hash === undefined) throw new Error(`v2 bundle: no main page for ordinal ${ordinal}`);
      const page = metaPage(hash);
      const article = page.articles[ordinal - page.first];
      if (!article) throw new Error(`v2 bundle: ordinal ${ordinal} is not on its page`);
      return ref(article);
    },
    stocks: () => read<V2StockDirectory>(file(manifest.files.stocks, manifest.stocks)).stocks,
    categoryNewest: (node) => facetHead(facets.get(node.path.join('/'))),
    stockNewest: (stock) => facetHead(stock.facet),
  };
}
