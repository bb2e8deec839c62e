import { describe, expect, it } from 'vitest';

import type { StockRef } from '../../../shared/bundle-types';
import { DEFAULT_RULES } from '../cleanup-rules';
import { extractStocks, type ExtractedStocks } from './extract-stocks';
import { parseBody } from './parse-body';

const run = (html: string): ExtractedStocks => extractStocks(parseBody(html), DEFAULT_RULES);

const ZGC: StockRef = { code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村' };
const MOUTAI: StockRef = { code: 'sh600519', market: 'SH', symbol: '600519', name: '贵州茅台' };

/** Sina's markup for a linked stock: the span, the quote-page link inside it, the empty quote placeholder. */
const SINA_ZGC =
  '<span id="stock_sz000931"><a href="https://finance.sina.com.cn/realstock/company/sz000931/nc.shtml" class="keyword" target="_blank">中关村</a></span><span id="quote_sz000931"></span>';

describe('extractStocks: linked stocks', () => {
  it.each<[string, string, StockRef[]]>([
    ['Sina’s span with its quote link inside (one stock, not two)', `<p>　　${SINA_ZGC}早盘涨停。</p>`, [ZGC]],
    ['a bare stock span', '<p><span id="stock_sz000931">中关村</span>涨停</p>', [ZGC]],
    ['a quote-page link alone', '<p><a href="https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml">贵州茅台</a></p>', [MOUTAI]],
    ['a quote-page link over http', '<p><a href="http://finance.sina.com.cn/realstock/company/sh600519/nc.shtml">贵州茅台</a></p>', [MOUTAI]],
    [
      'a Hong Kong quote page',
      '<p><a href="https://stock.finance.sina.com.cn/hkstock/quotes/00700.html">腾讯控股</a></p>',
      [{ code: 'hk00700', market: 'HK', symbol: '00700', name: '腾讯控股' }],
    ],
    [
      'a US quote page',
      '<p><a href="https://stock.finance.sina.com.cn/usstock/quotes/aapl.html">苹果</a></p>',
      [{ code: 'gb_aapl', market: 'US', symbol: 'AAPL', name: '苹果' }],
    ],
    [
      'a US ticker with a class suffix',
      '<p><a href="https://stock.finance.sina.com.cn/usstock/quotes/brk.b.html">伯克希尔</a></p>',
      [{ code: 'gb_brk.b', market: 'US', symbol: 'BRK.B', name: '伯克希尔' }],
    ],
    [
      'a US stock span',
      '<p><span id="stock_gb_nvda"><a href="https://stock.finance.sina.com.cn/usstock/quotes/nvda.html">英伟达</a></span></p>',
      [{ code: 'gb_nvda', market: 'US', symbol: 'NVDA', name: '英伟达' }],
    ],
    ['a Beijing code', '<p><span id="stock_bj430047">诺思兰德</span></p>', [{ code: 'bj430047', market: 'BJ', symbol: '430047', name: '诺思兰德' }]],
    [
      'a currency pair (market OTHER)',
      '<p><span id="stock_fx_susdcnh"><a class="keyword">美元人民币</a></span></p>',
      [{ code: 'fx_susdcnh', market: 'OTHER', symbol: 'fx_susdcnh', name: '美元人民币' }],
    ],
    ['an upper-case code', '<p><span id="stock_SZ000931">中关村</span></p>', [ZGC]],
    ['a name padded with full-width spaces and &nbsp;', '<p><span id="stock_sz000931">　中关村&nbsp;</span></p>', [ZGC]],
    ['a name with a zero-width space and an RLO', '<p><span id="stock_sz000931">中关\u200b村\u202e</span></p>', [ZGC]],
    [
      'a name of 32 characters',
      `<p><span id="stock_sz000931">${'长'.repeat(32)}</span></p>`,
      [{ ...ZGC, name: '长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长' }],
    ],
    ['a name of 33 characters: the symbol stands in', `<p><span id="stock_sz000931">${'长'.repeat(33)}</span></p>`, [{ ...ZGC, name: '000931.SZ' }]],
    ['an empty link: the symbol stands in', '<p><span id="stock_sz000931"></span></p>', [{ ...ZGC, name: '000931.SZ' }]],
    ['the same stock twice: the first name wins', `<p>${SINA_ZGC}</p><p><span id="stock_sz000931">中关村科技</span></p>`, [ZGC]],
    ['a nameless link, then a named one: the name wins', `<p><span id="stock_sz000931"> </span></p><p>${SINA_ZGC}</p>`, [ZGC]],
    ['in order of appearance', `<p><span id="stock_sh600519">贵州茅台</span>与${SINA_ZGC}</p>`, [MOUTAI, ZGC]],
    ['deep inside wrappers', `<div><div><section><p><strong>${SINA_ZGC}</strong></p></section></div></div>`, [ZGC]],
  ])('reads %s', (_name, html, stocks) => {
    expect(run(html)).toEqual({ stocks, warning: null });
  });

  it.each([
    ['a code in plain text', '<p>sz000931今日涨停</p>'],
    ['a link to another Sina page', '<p><a href="https://finance.sina.com.cn/stock/">股票频道</a></p>'],
    ['a five-digit A-share code', '<p><span id="stock_sz00093">中关村</span></p>'],
    ['a six-digit Hong Kong code', '<p><span id="stock_hk007000">腾讯</span></p>'],
    ['a prototype key', '<p><span id="stock_constructor">x</span><span id="stock___proto__">y</span></p>'],
    ['a dotted non-ticker', '<p><span id="stock_gb_..">z</span></p>'],
    ['a quote placeholder', '<p><span id="quote_sz000931"></span></p>'],
    ['an id that only contains the prefix', '<p><span id="xstock_sz000931">中关村</span></p>'],
  ])('finds no stock in %s', (_name, html) => {
    expect(run(html)).toEqual({ stocks: [], warning: null });
  });
});

describe('extractStocks: the keyword comment', () => {
  it.each<[string, string, StockRef[]]>([
    [
      'two codes: the symbol is the name',
      '<p>正文</p><!-- news_keyword_pub,stock,sz000931&sh600519 -->',
      [
        { ...ZGC, name: '000931.SZ' },
        { ...MOUTAI, name: '600519.SH' },
      ],
    ],
    [
      'Hong Kong and US codes',
      '<!-- news_keyword_pub,stock,hk00700&gb_nvda -->',
      [
        { code: 'hk00700', market: 'HK', symbol: '00700', name: '00700.HK' },
        { code: 'gb_nvda', market: 'US', symbol: 'NVDA', name: 'NVDA.US' },
      ],
    ],
    ['spaces and upper case', '<!-- NEWS_KEYWORD_PUB , stock , SZ000931 -->', [{ ...ZGC, name: '000931.SZ' }]],
    ['codes of no known shape are skipped', '<!-- news_keyword_pub,stock,constructor&sz000931&gb_..&sh60051 -->', [{ ...ZGC, name: '000931.SZ' }]],
    ['a linked name wins over the listed code', `<!-- news_keyword_pub,stock,sz000931 --><p>${SINA_ZGC}</p>`, [ZGC]],
    [
      'linked stocks, then the listed ones not linked',
      `<p>${SINA_ZGC}</p><!-- news_keyword_pub,stock,sh600519&sz000931 -->`,
      [ZGC, { ...MOUTAI, name: '600519.SH' }],
    ],
    ['a code repeated 20,000 times is one stock', `<!-- news_keyword_pub,stock,${'sz000931&'.repeat(20_000)} -->`, [{ ...ZGC, name: '000931.SZ' }]],
  ])('reads %s', (_name, html, stocks) => {
    expect(run(html)).toEqual({ stocks, warning: null });
  });

  it.each([
    ['another comment', '<!-- stock,sz000931 -->'],
    ['the comment’s words as text', '<p>news_keyword_pub,stock,sz000931</p>'],
  ])('ignores %s', (_name, html) => {
    expect(run(html)).toEqual({ stocks: [], warning: null });
  });
});

describe('extractStocks: at most 64 stocks', () => {
  /** `count` distinct Shenzhen codes, sz000000, sz000001, … */
  const codes = (count: number): string => Array.from({ length: count }, (_, i) => `sz${String(i).padStart(6, '0')}`).join('&');

  it.each([
    [64, 'sz000063', null],
    [65, 'sz000063', 'stocks dropped: the post names 65, an article keeps 64'],
    [10_000, 'sz000063', 'stocks dropped: the post names 10000, an article keeps 64'],
  ])('keeps the first 64 of %i listed codes', (count, last, warning) => {
    const { stocks, warning: actual } = run(`<!-- news_keyword_pub,stock,${codes(count)} -->`);
    expect(stocks).toHaveLength(64);
    expect(stocks[0]!.code).toBe('sz000000');
    expect(stocks[63]!.code).toBe(last);
    expect(actual).toBe(warning);
  });

  it('counts a linked stock once though the comment lists it again', () => {
    const { stocks, warning } = run(`<p>${SINA_ZGC}</p><!-- news_keyword_pub,stock,sz000931&${codes(63)} -->`);
    expect(stocks).toHaveLength(64);
    expect(stocks[0]).toEqual(ZGC);
    expect(warning).toBeNull();
  });
});
