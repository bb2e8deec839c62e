import { describe, expect, it } from 'vitest';
import { formatStockSymbol, parseStockCode, stockQuoteUrl } from './stock-markets';

describe('parseStockCode', () => {
  it.each([
    ['sz000931', '中关村', { code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村' }],
    ['sh600519', '贵州茅台', { code: 'sh600519', market: 'SH', symbol: '600519', name: '贵州茅台' }],
    ['bj430047', '诺思兰德', { code: 'bj430047', market: 'BJ', symbol: '430047', name: '诺思兰德' }],
    ['hk00700', '腾讯控股', { code: 'hk00700', market: 'HK', symbol: '00700', name: '腾讯控股' }],
    ['gb_aapl', '苹果', { code: 'gb_aapl', market: 'US', symbol: 'AAPL', name: '苹果' }],
    ['gb_brk.b', '伯克希尔', { code: 'gb_brk.b', market: 'US', symbol: 'BRK.B', name: '伯克希尔' }],
    ['SZ000931', ' 中关村 ', { code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村' }],
    ['fx_susdcnh', '美元人民币', { code: 'fx_susdcnh', market: 'OTHER', symbol: 'fx_susdcnh', name: '美元人民币' }],
    ['sh600519', '', { code: 'sh600519', market: 'SH', symbol: '600519', name: '600519.SH' }],
    ['gb_nvda', undefined, { code: 'gb_nvda', market: 'US', symbol: 'NVDA', name: 'NVDA.US' }],
  ])('%s %s', (code, name, expected) => {
    expect(parseStockCode(code, name)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['000931', 'no prefix letter'],
    ['sz000931"><x', 'markup'],
    ['s', 'too short'],
    ['a'.repeat(30), 'too long'],
    ['constructor', 'a word, not a code (issue 12, 6)'],
    ['tostring', 'a word, not a code'],
    ['gb_..', 'dots, no symbol'],
    ['sz00093', 'five digits on a six-digit market'],
    ['hk700', 'three digits in Hong Kong'],
    ['xx123456', 'no known market'],
  ])('rejects %j (%s)', (code) => {
    expect(parseStockCode(code)).toBeNull();
  });
});

describe('formatStockSymbol and stockQuoteUrl', () => {
  it.each([
    ['sz000931', '000931.SZ', 'https://finance.sina.com.cn/realstock/company/sz000931/nc.shtml'],
    ['bj830799', '830799.BJ', 'https://finance.sina.com.cn/realstock/company/bj830799/nc.shtml'],
    ['hk09988', '09988.HK', 'https://stock.finance.sina.com.cn/hkstock/quotes/09988.html'],
    ['gb_tsla', 'TSLA.US', 'https://stock.finance.sina.com.cn/usstock/quotes/tsla.html'],
    ['nf_ic0', 'nf_ic0', null],
  ])('%s', (code, symbol, url) => {
    const stock = parseStockCode(code)!;
    expect(formatStockSymbol(stock)).toBe(symbol);
    expect(stockQuoteUrl(stock)).toBe(url);
  });
});
