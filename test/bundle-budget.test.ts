import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CategoryNode, Facet, Manifest, StockDirectory, Timeline } from '../src/shared/bundle-types';
import { buildBundle, bundleArticles } from '../src/ingest/bundle/build-bundle';
import { collectBuild } from './bundle-checks';
import { syntheticMetas } from './synthetic-metas';

const KB = 1024;

/**
 * What each view downloads, in gzip bytes (level 6, what static hosts commonly serve),
 * for a corpus of 100,000 articles built by the pure bundle builder from synthetic
 * metadata of realistic sizes. Not timed: it guards the design, not the machine.
 */
describe('the download budget of a 100,000-article bundle', () => {
  let manifest: Manifest;
  let files: Map<string, string>;
  const gzipped = new Map<string, number>();
  const gz = (path: string): number => {
    let size = gzipped.get(path);
    if (size === undefined) {
      const json = files.get(path);
      if (json === undefined) throw new Error(`${path} was not built`);
      size = gzipSync(Buffer.from(json, 'utf8'), { level: 6 }).length;
      gzipped.set(path, size);
    }
    return size;
  };
  const raw = (path: string): number => Buffer.byteLength(files.get(path)!, 'utf8');
  const path = (kind: 'page' | 'facet' | 'timeline' | 'stocks', hash: string): string => manifest.files[kind].replace('{hash}', hash);
  const json = <T>(p: string): T => JSON.parse(files.get(p)!) as T;
  const rows: [string, number, number, number | null][] = [];
  /** Records a view's files for the table and returns their gzip total. */
  const view = (name: string, paths: string[], budgetKb: number | null): number => {
    const total = paths.reduce((sum, p) => sum + gz(p), 0);
    rows.push([name, paths.reduce((sum, p) => sum + raw(p), 0), total, budgetKb]);
    return total;
  };
  const manifestPath = 'manifest.json';
  let timelinePath: string;

  beforeAll(() => {
    ({ manifest, files } = collectBuild(buildBundle(bundleArticles(syntheticMetas(100_000)), '2026-01-01T00:00:00.000Z')));
    files.set(manifestPath, JSON.stringify(manifest));
    timelinePath = path('timeline', manifest.timeline);
  }, 60_000);

  afterAll(() => {
    const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`.padStart(10);
    const header = `${'view'.padEnd(48)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'budget'.padStart(10)}`;
    const lines = rows.map(([name, r, g, budget]) => `${name.padEnd(48)}${kb(r)}${kb(g)}${(budget === null ? '' : `${budget} KB`).padStart(10)}`);
    console.log([header, ...lines].join('\n'));
  });

  it('/ first screen: manifest, head and timeline', () => {
    view('  the timeline alone', [timelinePath], null);
    view('  the head alone', [path('page', manifest.head)], null);
    view('  the stock directory alone', [path('stocks', manifest.stocks)], null);
    expect(view('/ (manifest + head + timeline)', [manifestPath, path('page', manifest.head), timelinePath], 60)).toBeLessThanOrEqual(60 * KB);
  });

  it('a direct article link: the manifest', () => {
    expect(view('/articles/:id (manifest)', [manifestPath], 25)).toBeLessThanOrEqual(25 * KB);
  });

  it('a stock’s list, for the largest and the median stock', () => {
    const { stocks } = json<StockDirectory>(path('stocks', manifest.stocks));
    for (const [label, stock] of [
      ['largest', stocks[0]!],
      ['median', stocks[Math.floor(stocks.length / 2)]!],
    ] as const) {
      const paths = [manifestPath, path('stocks', manifest.stocks), path('facet', stock.facet), timelinePath];
      expect(view(`/stocks/:code ${label} (${stock.count} articles)`, paths, 120)).toBeLessThanOrEqual(120 * KB);
    }
  });

  it('a category’s list, for every leaf (and, printed, the largest root)', () => {
    const leaves: CategoryNode[] = [];
    const visit = (nodes: readonly CategoryNode[]): void => nodes.forEach((node) => (node.children.length === 0 ? leaves.push(node) : visit(node.children)));
    visit(manifest.categories);
    const sizes = leaves.map((leaf) => [leaf, [manifestPath, path('facet', leaf.facet), timelinePath].reduce((s, p) => s + gz(p), 0)] as const);
    const [largest] = [...sizes].sort((a, b) => b[1] - a[1])[0]!;
    for (const [label, node] of [
      ['largest leaf', largest],
      ['root', manifest.categories[0]!],
    ] as const) {
      view(`/?category= ${label} (${node.count} articles)`, [manifestPath, path('facet', node.facet), timelinePath], 120);
    }
    for (const [leaf, size] of sizes) expect(size, leaf.path.join('/')).toBeLessThanOrEqual(120 * KB);
  });

  it('one main page, and the biggest facet file', () => {
    const { pages } = json<Timeline>(timelinePath);
    const sample = Array.from({ length: 10 }, (_, i) => pages[Math.floor((i * (pages.length - 1)) / 9)]!);
    const biggestPage = [...sample].sort((a, b) => gz(path('page', b)) - gz(path('page', a)))[0]!;
    expect(view('one main page (largest of 10)', [path('page', biggestPage)], 30)).toBeLessThanOrEqual(30 * KB);
    const facets = [...files.keys()].filter((p) => p.startsWith('facets/'));
    const biggestFacet = facets.sort((a, b) => gz(b) - gz(a))[0]!;
    const facet = json<Facet>(biggestFacet);
    expect(view(`biggest facet (${facet.kind} ${facet.key}, ${facet.count})`, [biggestFacet], 60)).toBeLessThanOrEqual(60 * KB);
  });

  it('a manifest that does not grow with the corpus (10,000 against 100,000 articles)', () => {
    const small = collectBuild(buildBundle(bundleArticles(syntheticMetas(10_000)), '2026-01-01T00:00:00.000Z')).manifest;
    const [a, b] = [JSON.stringify(small), JSON.stringify(manifest)].map((m) => Buffer.byteLength(m, 'utf8'));
    rows.push(['manifest at 10,000 articles', a!, gzipSync(JSON.stringify(small), { level: 6 }).length, 25]);
    expect(Math.abs(b! - a!) / a!).toBeLessThan(0.1);
  }, 30_000);
});
