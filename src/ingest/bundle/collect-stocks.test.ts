import { describe, expect, it } from 'vitest';
import type { StockRef } from '../../shared/bundle-types';
import { parseStockCode } from '../../shared/stock-markets';
import { collectStocks } from './collect-stocks';

const stock = (code: string, name?: string): StockRef => parseStockCode(code, name)!;
const articles = (...stocks: StockRef[][]) => stocks.map((s) => ({ stocks: s }));

describe('collectStocks', () => {
  it('lists each stock’s articles, most mentioned first, ties by code', () => {
    const entries = collectStocks(
      articles([stock('sz000931', '中关村'), stock('sh600519', '贵州茅台')], [stock('sh600519', '贵州茅台')], [], [stock('hk00700', '腾讯控股')]),
    );
    expect(entries.map((e) => [e.ref.code, [...e.ordinals]])).toEqual([
      ['sh600519', [0, 1]],
      ['hk00700', [3]],
      ['sz000931', [0]],
    ]);
  });

  it('counts a stock named twice in one article once', () => {
    expect(collectStocks(articles([stock('sz000931', '中关村'), stock('sz000931', '中关村')]))[0]!.ordinals).toEqual([0]);
  });

  it.each([
    { name: 'the newest article’s name', input: [stock('sz000931', '中关村'), stock('sz000931', '中关村科技')], expected: '中关村科技' },
    { name: 'a linked name over a newer bare code', input: [stock('sz000931', '中关村'), stock('sz000931')], expected: '中关村' },
    { name: 'a linked name over an older bare code', input: [stock('sz000931'), stock('sz000931', '中关村')], expected: '中关村' },
    { name: 'the code-shaped name when no article names it', input: [stock('sz000931'), stock('sz000931')], expected: '000931.SZ' },
  ])('keeps $name', ({ input, expected }) => {
    expect(collectStocks(articles(...input.map((s) => [s])))[0]!.ref.name).toBe(expected);
  });
});
