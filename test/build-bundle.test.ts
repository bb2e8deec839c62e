import { describe, expect, it } from 'vitest';
import type { ArticleMeta, CategoryPath, StockRef } from '../src/shared/bundle-types';
import { HEAD_SIZE } from '../src/shared/bundle-types';
import { parseStockCode } from '../src/shared/stock-markets';
import { testMeta } from '../src/shared/test-articles';
import { buildBundle, bundleArticles } from '../src/ingest/bundle/build-bundle';
import { checkBundle, collectBuild } from './bundle-checks';

const FEEDS: CategoryPath[] = [
  ['金融', '新浪财经', '新浪财经－国內'],
  ['金融', '新浪财经', '新浪财经－港股'],
  ['金融', '证券时报'],
  ['科技', '36氪', '36氪－快讯'],
];
const stock = (code: string): StockRef => parseStockCode(code, `名${code}`)!;
/** Stocks by how often they come up: every 2nd article, every 3rd, … every 17th. */
const STOCK_EVERY: [StockRef, number][] = [
  [stock('sz000931'), 2],
  [stock('sh600519'), 3],
  [stock('hk00700'), 5],
  [stock('gb_aapl'), 9],
  [stock('sh600036'), 17],
];

/**
 * Articles from number `from` on, five hours apart, with common and rare feeds and
 * stocks (汽车, gb_aapl and sh600036 are sparse at 90), given newest first.
 */
function corpus(n: number, from = 0): ArticleMeta[] {
  const metas = Array.from({ length: n }, (_, i) => {
    const k = from + i;
    return testMeta(`a${String(k).padStart(4, '0')}`, {
      date: new Date(Date.UTC(2025, 0, 1) + k * 5 * 3600_000).toISOString(),
      categories: k % 13 === 0 ? [['汽车']] : k % 11 === 0 ? [FEEDS[0]!, FEEDS[3]!] : [FEEDS[k % 4]!],
      stocks: STOCK_EVERY.filter(([, every]) => k % every === 0).map(([ref]) => ref),
      rev: `rev${k}`,
    });
  });
  return metas.reverse();
}

const run = (metas: readonly ArticleMeta[], pageSize: number) => {
  const { manifest, files } = collectBuild(buildBundle(bundleArticles(metas), '2026-01-01T00:00:00.000Z', undefined, pageSize));
  return { manifest, files, bundle: checkBundle(manifest, (path) => files.get(path), { search: false }) };
};

describe('buildBundle', () => {
  it.each([
    { n: 0, pageSize: 3 },
    { n: 1, pageSize: 3 },
    { n: 7, pageSize: 3 },
    { n: HEAD_SIZE + 1, pageSize: 4 },
    { n: 90, pageSize: 5 },
  ])('$n articles in pages of $pageSize: every file checks out, and none is left unnamed', ({ n, pageSize }) => {
    const { files, bundle } = run(corpus(n), pageSize);
    expect(new Set(files.keys())).toEqual(bundle.referenced);
  });

  it('gives sparse facets their own pages and dense ones none', () => {
    const { bundle } = run(corpus(90), 5);
    const facets = [...bundle.facets.values()];
    expect(facets.some((f) => f.pages.length > 1)).toBe(true);
    expect(facets.some((f) => f.count > 0 && f.pages.length === 0)).toBe(true);
  });

  it('keeps every full main page, and so its name, when newer articles are added', () => {
    const older = corpus(40);
    const { bundle: before } = run(older, 6);
    const { bundle: after } = run([...older, ...corpus(13, 40)], 6);
    expect(after.ordered.slice(0, 40)).toEqual(before.ordered);
    const full = Math.floor(40 / 6);
    expect(after.timeline.pages.slice(0, full)).toEqual(before.timeline.pages.slice(0, full));
    expect(after.timeline.pages[full]).not.toBe(before.timeline.pages[full]);
  });

  it('is the same whatever order the metas come in', () => {
    const metas = corpus(30);
    const a = collectBuild(buildBundle(bundleArticles(metas), 'x', undefined, 4));
    const b = collectBuild(buildBundle(bundleArticles([...metas].sort((m, k) => (m.rev < k.rev ? -1 : 1))), 'x', undefined, 4));
    expect(b.manifest).toEqual(a.manifest);
    expect(b.files).toEqual(a.files);
  });
});
