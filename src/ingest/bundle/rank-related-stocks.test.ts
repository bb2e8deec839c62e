import { describe, expect, it } from 'vitest';
import { parseStockCode } from '../../shared/stock-markets';
import { RELATED_STOCKS, rankRelatedStocks } from './rank-related-stocks';

const article = (...codes: string[]) => ({ stocks: codes.map((code) => parseStockCode(code)!) });

describe('rankRelatedStocks', () => {
  const ordered = [
    article('sz000931', 'sh600519', 'hk00700'),
    article('sz000931', 'hk00700'),
    article('sh600519'),
    article('sz000931', 'sh600036', 'sh600036'),
  ];

  it.each([
    { name: 'no articles', code: 'sz000931', ordinals: [], expected: [] },
    { name: 'alone in its articles', code: 'sh600519', ordinals: [2], expected: [] },
    {
      name: 'most in common first, ties by code, a stock named twice counted once',
      code: 'sz000931',
      ordinals: [0, 1, 3],
      expected: [
        ['hk00700', 2],
        ['sh600036', 1],
        ['sh600519', 1],
      ],
    },
  ])('$name', ({ code, ordinals, expected }) => {
    expect(rankRelatedStocks(code, ordinals, ordered)).toEqual(expected);
  });

  it(`keeps the ${RELATED_STOCKS} most related`, () => {
    const codes = Array.from({ length: 20 }, (_, i) => `sz0000${String(i + 10)}`);
    const wide = [article('sh600519', ...codes), article('sh600519', ...codes.slice(15))];
    const related = rankRelatedStocks('sh600519', [0, 1], wide);
    expect(related).toHaveLength(RELATED_STOCKS);
    expect(related.slice(0, 5)).toEqual(codes.slice(15).map((c) => [c, 2]));
    expect(related[5]).toEqual([codes[0], 1]);
  });
});
