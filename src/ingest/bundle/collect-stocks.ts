import type { ArticleMeta, StockRef } from '../../shared/bundle-types';
import { formatStockSymbol } from '../../shared/stock-markets';

export interface StockEntry {
  readonly ref: StockRef;
  /** Ordinals of the articles that mention the stock, ascending, each once. */
  readonly ordinals: readonly number[];
}

/**
 * Every stock of articles in ordinal order, most mentioned first, ties by code (code-unit
 * order, the same on every machine). The name is the newest article's, except that a name
 * an article linked wins over a code-shaped fallback name ("000931.SZ") whatever its date.
 */
export function collectStocks(ordered: readonly Pick<ArticleMeta, 'stocks'>[]): StockEntry[] {
  const byCode = new Map<string, { ref: StockRef; ordinals: number[] }>();
  for (let ordinal = 0; ordinal < ordered.length; ordinal++) {
    for (const stock of ordered[ordinal]!.stocks) {
      const entry = byCode.get(stock.code);
      if (entry === undefined) {
        byCode.set(stock.code, { ref: stock, ordinals: [ordinal] });
        continue;
      }
      if (entry.ordinals[entry.ordinals.length - 1] !== ordinal) entry.ordinals.push(ordinal);
      if (isFallbackName(entry.ref) || !isFallbackName(stock)) entry.ref = stock;
    }
  }
  return [...byCode.values()].sort((a, b) => b.ordinals.length - a.ordinals.length || (a.ref.code < b.ref.code ? -1 : a.ref.code > b.ref.code ? 1 : 0));
}

function isFallbackName(stock: StockRef): boolean {
  return stock.name === formatStockSymbol(stock);
}
