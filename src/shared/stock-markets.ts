import type { Market, StockRef } from './bundle-types';

/**
 * How a source's stock code maps to a market, and what a code of each market looks like.
 * Policy as data: add a market here and both the ingest and the reader pick it up. A
 * code is one of these shapes or it is not a code: the ingest drops it, and the app
 * treats it as not found (a route, a filter, a bookmark file, a bundle file).
 */
export const STOCK_MARKETS = Object.freeze([
  { prefix: 'gb_', market: 'US', exchange: '美股', suffix: 'US', shape: /^gb_[a-z]{1,5}(?:\.[a-z]{1,2})?$/ },
  { prefix: 'sh', market: 'SH', exchange: '上交所', suffix: 'SH', shape: /^sh\d{6}$/ },
  { prefix: 'sz', market: 'SZ', exchange: '深交所', suffix: 'SZ', shape: /^sz\d{6}$/ },
  { prefix: 'bj', market: 'BJ', exchange: '北交所', suffix: 'BJ', shape: /^bj\d{6}$/ },
  { prefix: 'hk', market: 'HK', exchange: '港交所', suffix: 'HK', shape: /^hk\d{5}$/ },
] as const);

/**
 * Sina's codes for what is quoted but not a listed share: currencies (fx_susdcnh),
 * domestic and foreign futures (nf_ic0, hf_cl), funds (of000001), indices (znb_ixic).
 * Kept with market OTHER.
 */
export const OTHER_CODE_SHAPES = Object.freeze([/^fx_s[a-z]{6}$/, /^nf_[a-z]{1,2}\d{0,4}$/, /^hf_[a-z]{1,4}$/, /^of\d{6}$/, /^znb_[a-z]{2,8}$/]);

export const EXCHANGE_NAMES: Readonly<Record<Market, string>> = Object.freeze({
  SH: '上交所',
  SZ: '深交所',
  BJ: '北交所',
  HK: '港交所',
  US: '美股',
  OTHER: '其他市场',
});

/** Every market a stock may be in, in display order. */
export const MARKETS = Object.freeze(Object.keys(EXCHANGE_NAMES) as Market[]);

/** The longest code of any shape above, for callers that bound input before testing it. */
export const MAX_STOCK_CODE_LENGTH = 12;

/** Whether `code` (lower case, as the bundle writes codes) has one of the known shapes. */
export function isStockCode(code: string): boolean {
  if (code.length > MAX_STOCK_CODE_LENGTH) return false;
  return STOCK_MARKETS.some((m) => m.shape.test(code)) || OTHER_CODE_SHAPES.some((shape) => shape.test(code));
}

/**
 * Parses a source code such as "sz000931", "hk00700" or "gb_aapl" (any case, trimmed).
 * Returns null for strings of no known shape. `name` falls back to the display symbol
 * when the source gives none.
 */
export function parseStockCode(rawCode: string, name?: string): StockRef | null {
  const code = rawCode.trim().toLowerCase();
  if (!isStockCode(code)) return null;
  const entry = STOCK_MARKETS.find((m) => m.shape.test(code));
  const market: Market = entry ? entry.market : 'OTHER';
  const symbol = entry ? code.slice(entry.prefix.length).toUpperCase() : code;
  const ref = { code, market, symbol, name: '' };
  const cleanName = name?.replace(/\s+/g, ' ').trim() ?? '';
  return { ...ref, name: cleanName === '' ? formatStockSymbol(ref) : cleanName };
}

/** Whether `stock` is what parseStockCode makes of its code: market and symbol agree with it. */
export function isConsistentStock(stock: Pick<StockRef, 'code' | 'market' | 'symbol'>): boolean {
  const parsed = parseStockCode(stock.code);
  return parsed !== null && parsed.code === stock.code && parsed.market === stock.market && parsed.symbol === stock.symbol;
}

/** "000931.SZ", "00700.HK", "AAPL.US"; OTHER codes as they are. */
export function formatStockSymbol(stock: Pick<StockRef, 'market' | 'symbol'>): string {
  return stock.market === 'OTHER' ? stock.symbol : `${stock.symbol}.${stock.market}`;
}

/** The stock's quote page on Sina Finance, or null where Sina has none we know of. */
export function stockQuoteUrl(stock: Pick<StockRef, 'code' | 'market' | 'symbol'>): string | null {
  switch (stock.market) {
    case 'SH':
    case 'SZ':
    case 'BJ':
      return `https://finance.sina.com.cn/realstock/company/${stock.code}/nc.shtml`;
    case 'HK':
      return `https://stock.finance.sina.com.cn/hkstock/quotes/${stock.symbol}.html`;
    case 'US':
      return `https://stock.finance.sina.com.cn/usstock/quotes/${stock.symbol.toLowerCase()}.html`;
    case 'OTHER':
      return null;
  }
}
