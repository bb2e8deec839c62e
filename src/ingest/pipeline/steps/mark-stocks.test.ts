import { describe, expect, it } from 'vitest';

import type { StockRef } from '../../../shared/bundle-types';
import { DEFAULT_RULES } from '../cleanup-rules';
import { markStocks } from './mark-stocks';
import { runDomStep } from './run-dom-step';

const ZGC: StockRef = { code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村' };
const MOUTAI: StockRef = { code: 'sh600519', market: 'SH', symbol: '600519', name: '贵州茅台' };
const BYD: StockRef = { code: 'sz002594', market: 'SZ', symbol: '002594', name: '比亚迪' };
const BYD_HK: StockRef = { code: 'hk01211', market: 'HK', symbol: '01211', name: '比亚迪股份' };

const run = (html: string, stocks: readonly StockRef[] = [ZGC]): string => runDomStep(html, (doc) => markStocks(doc, stocks, DEFAULT_RULES));

const MARK_ZGC = '<mark data-stock="sz000931">中关村</mark>';

describe('markStocks: the links the source made', () => {
  it.each([
    [
      'Sina’s span and the quote link inside it',
      '<p><span id="stock_sz000931"><a href="https://finance.sina.com.cn/realstock/company/sz000931/nc.shtml" class="keyword" target="_blank">中关村</a></span>早盘涨停</p>',
      `<p>${MARK_ZGC}早盘涨停</p>`,
    ],
    [
      'a quote link alone',
      '<p><a href="https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml">贵州茅台</a>收涨</p>',
      '<p><mark data-stock="sh600519">贵州茅台</mark>收涨</p>',
    ],
    [
      'a Hong Kong quote link',
      '<p><a href="https://stock.finance.sina.com.cn/hkstock/quotes/00700.html">腾讯控股</a>回购</p>',
      '<p><mark data-stock="hk00700">腾讯控股</mark>回购</p>',
    ],
    [
      'a US stock span',
      '<p><span id="stock_gb_nvda"><a href="https://stock.finance.sina.com.cn/usstock/quotes/nvda.html">英伟达</a></span>盘前上涨</p>',
      '<p><mark data-stock="gb_nvda">英伟达</mark>盘前上涨</p>',
    ],
    ['an upper-case code, the name trimmed', '<p><span id="stock_SZ000931">　中关村 </span>涨停</p>', `<p>${MARK_ZGC}涨停</p>`],
    ['a linked name of one character', '<p><span id="stock_sz000001">平</span>安</p>', '<p><mark data-stock="sz000001">平</mark>安</p>'],
    ['a code of no known shape: plain text', '<p><span id="stock_constructor">某公司</span>公告</p>', '<p>某公司公告</p>'],
    ['an empty link: nothing', '<p>据<span id="stock_sz000931"> </span>公告</p>', '<p>据公告</p>'],
    ['a javascript: link with a stock id: the link goes', '<p><a id="stock_sz000931" href="javascript:alert(1)">中关村</a>涨停</p>', `<p>${MARK_ZGC}涨停</p>`],
    [
      'the stock’s quote placeholder is left to the other steps',
      '<p><span id="stock_sz000931">中关村</span><span id="quote_sz000931"></span>涨</p>',
      `<p>${MARK_ZGC}<span id="quote_sz000931"></span>涨</p>`,
    ],
  ])('replaces %s', (_name, html, expected) => {
    expect(run(html)).toBe(expected);
  });

  it('replaces links even when the post lists no stocks', () => {
    expect(run('<p><span id="stock_sz000931">中关村</span>，中关村</p>', [])).toBe(`<p>${MARK_ZGC}，中关村</p>`);
  });

  it('leaves other links alone', () => {
    const html = '<p><a href="https://finance.sina.com.cn/stock/">股票频道</a></p>';
    expect(run(html)).toBe(html);
  });
});

describe('markStocks: every other mention', () => {
  it.each<[string, string, readonly StockRef[], string]>([
    ['every mention, not only the first', '<p>中关村涨停，中关村成交放大。</p>', [ZGC], `<p>${MARK_ZGC}涨停，${MARK_ZGC}成交放大。</p>`],
    [
      'the linked one and the unlinked ones',
      '<p><span id="stock_sz000931">中关村</span>公告称，中关村将回购股份。</p>',
      [ZGC],
      `<p>${MARK_ZGC}公告称，${MARK_ZGC}将回购股份。</p>`,
    ],
    ['two stocks in one text', '<p>贵州茅台与中关村</p>', [ZGC, MOUTAI], `<p><mark data-stock="sh600519">贵州茅台</mark>与${MARK_ZGC}</p>`],
    [
      'the longer name first',
      '<p>比亚迪股份与比亚迪</p>',
      [BYD, BYD_HK],
      '<p><mark data-stock="hk01211">比亚迪股份</mark>与<mark data-stock="sz002594">比亚迪</mark></p>',
    ],
    ['inside bold and nested wrappers', '<div><p>　<strong>中关村</strong>领涨</p></div>', [ZGC], `<div><p>　<strong>${MARK_ZGC}</strong>领涨</p></div>`],
    [
      'in a caption',
      '<figure><img src="/a.png"><figcaption>中关村园区</figcaption></figure>',
      [ZGC],
      `<figure><img src="/a.png"><figcaption>${MARK_ZGC}园区</figcaption></figure>`,
    ],
    [
      'a name with regular-expression characters',
      '<p>*ST海投停牌，ST海投复牌</p>',
      [{ code: 'sz000616', market: 'SZ', symbol: '000616', name: '*ST海投' }],
      '<p><mark data-stock="sz000616">*ST海投</mark>停牌，ST海投复牌</p>',
    ],
    [
      'a name that would match anything unescaped',
      '<p>符号.*出现</p>',
      [{ code: 'sz000001', market: 'SZ', symbol: '000001', name: '.*' }],
      '<p>符号<mark data-stock="sz000001">.*</mark>出现</p>',
    ],
    ['a symbol standing in for a name', '<p>代码000931.SZ</p>', [{ ...ZGC, name: '000931.SZ' }], '<p>代码<mark data-stock="sz000931">000931.SZ</mark></p>'],
  ])('marks %s', (_name, html, stocks, expected) => {
    expect(run(html, stocks)).toBe(expected);
  });

  it.each<[string, string, readonly StockRef[]]>([
    ['text inside another link', '<p><a href="https://example.com/">中关村园区</a></p>', [ZGC]],
    ['text inside a caption’s link', '<figure><figcaption><a href="https://example.com/">中关村</a></figcaption></figure>', [ZGC]],
    ['an existing mark', '<p><mark data-stock="sh600519">中关村</mark></p>', [ZGC]],
    ['a name of one character', '<p>平安银行</p>', [{ code: 'sz000001', market: 'SZ', symbol: '000001', name: '平' }]],
    ['a name split across elements', '<p>中<strong>关村</strong></p>', [ZGC]],
    ['a stock not named in the text', '<p>沪指收涨</p>', [ZGC, MOUTAI]],
  ])('leaves %s alone', (_name, html, stocks) => {
    expect(run(html, stocks)).toBe(html);
  });

  it('marks 5,000 mentions in one paragraph', () => {
    const out = run(`<p>${'中关村、'.repeat(5_000)}</p>`);
    expect(out.match(/<mark data-stock="sz000931">中关村<\/mark>、/g)).toHaveLength(5_000);
    expect(out.startsWith(`<p>${MARK_ZGC}、${MARK_ZGC}、`)).toBe(true);
  });
});
