import type { Market, StockRef } from './bundle-types';

/**
 * How a source's stock code maps to a market. Policy as data: add a market here and
 * both the ingest and the reader pick it up. Prefixes are matched longest first.
 */
export const STOCK_MARKETS = Object.freeze([
  { prefix: 'gb_', market: 'US', exchange: '美股', suffix: 'US' },
  { prefix: 'sh', market: 'SH', exchange: '上交所', suffix: 'SH' },
  { prefix: 'sz', market: 'SZ', exchange: '深交所', suffix: 'SZ' },
  { prefix: 'bj', market: 'BJ', exchange: '北交所', suffix: 'BJ' },
  { prefix: 'hk', market: 'HK', exchange: '港交所', suffix: 'HK' },
] as const);

export const EXCHANGE_NAMES: Readonly<Record<Market, string>> = Object.freeze({
  SH: '上交所',
  SZ: '深交所',
  BJ: '北交所',
  HK: '港交所',
  US: '美股',
  OTHER: '其他市场',
});

/**
 * Letters, digits, dots and underscores only, starting with a letter: anything else is
 * not a code but noise (or an injection attempt through an id attribute).
 */
const CODE_PATTERN = /^[a-z][a-z0-9_.]{2,23}$/;

/** Whether `code` (any case) has the shape of a source stock code. */
export function isStockCode(code: string): boolean {
  return CODE_PATTERN.test(code.toLowerCase());
}

/**
 * Parses a source code such as "sz000931", "hk00700" or "gb_aapl". Returns null for
 * strings that are not codes; unknown prefixes are kept with market "OTHER".
 * `name` falls back to the display symbol when the source gives none.
 */
export function parseStockCode(rawCode: string, name?: string): StockRef | null {
  const code = rawCode.trim().toLowerCase();
  if (!CODE_PATTERN.test(code)) return null;
  const entry = STOCK_MARKETS.find((m) => code.startsWith(m.prefix) && code.length > m.prefix.length);
  const market: Market = entry ? entry.market : 'OTHER';
  const rest = entry ? code.slice(entry.prefix.length) : code;
  const symbol = market === 'OTHER' ? code : rest.toUpperCase();
  const ref = { code, market, symbol, name: '' };
  const cleanName = name?.replace(/\s+/g, ' ').trim() ?? '';
  return { ...ref, name: cleanName === '' ? formatStockSymbol(ref) : cleanName };
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
