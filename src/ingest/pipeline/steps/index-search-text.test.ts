import { describe, expect, it } from 'vitest';

import type { StockRef } from '../../../shared/bundle-types';
import { indexSearchText, searchTextOf, type SearchText } from './index-search-text';
import { parseBody } from './parse-body';

const ZGC: StockRef = { code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村' };

const run = (html: string, title = '标题', stocks: readonly StockRef[] = []): SearchText => indexSearchText(parseBody(html), title, stocks);

/**
 * The text is `title \n body \n stocks`, normalized: every run of whitespace (the breaks
 * around blocks included) is one space, so an article's text reads "标题 …body… " here.
 */
describe('indexSearchText: the body’s text', () => {
  it.each([
    ['one paragraph', '<p>中关村发布公告</p>', '标题 中关村发布公告 '],
    ['two paragraphs apart (no 海经 across them)', '<p>上海</p><p>经济</p>', '标题 上海 经济 '],
    ['a line break apart', '<p>上海<br>经济</p>', '标题 上海 经济 '],
    ['inline markup joined', '<p>上<strong>海</strong><em>经</em><a href="https://a.example/">济</a></p>', '标题 上海经济 '],
    ['a stock mark joined with its sentence', '<p>据<mark data-stock="sz000931">中关村</mark>公告</p>', '标题 据中关村公告 '],
    [
      'headings, lists, captions and cells apart',
      '<h2>一</h2><ul><li>二</li><li>三</li></ul><figure><img src="/a.png" alt="说明"><figcaption>四</figcaption></figure><table><tbody><tr><td>五</td><td>六</td></tr></tbody></table>',
      '标题 一 二 三 四 五 六 ',
    ],
    ['divs apart, spans joined', '<div>前</div><div><span>中</span><span>后</span></div>', '标题 前 中后 '],
    ['attributes and comments left out', '<p><img src="/a.png" alt="图片说明"><!-- news_keyword_pub,stock,sz000931 -->正文</p>', '标题 正文 '],
    ['full-width letters and digits folded (NFKC)', '<p>ＡＩ芯片１２３</p>', '标题 ai芯片123 '],
    ['lower case', '<p>ETF规模创新高 NASDAQ收涨</p>', '标题 etf规模创新高 nasdaq收涨 '],
    ['full-width punctuation folded too (NFKC)', '<p>涨幅（３％），收涨！</p>', '标题 涨幅(3%),收涨! '],
    ['full-width spaces and &nbsp; one space', '<p>　　沪指&nbsp;&nbsp;收涨 \t0.5%</p>', '标题 沪指 收涨 0.5% '],
    ['zero-width characters and a soft hyphen gone', '<p>中\u200b关\u00ad村\ufeff公\u2060告</p>', '标题 中关村公告 '],
    ['bidi controls gone', '<p>前\u202e后\u200f</p>', '标题 前后 '],
    ['control characters a space', '<p>甲\u0001乙\u007f丙</p>', '标题 甲 乙 丙 '],
    ['entities decoded', '<p>&lt;&amp;&gt;&quot;</p>', '标题 <&>" '],
    ['an empty body', '', '标题 '],
  ])('%s', (_name, html, text) => {
    expect(run(html).text).toBe(text);
  });

  it('is bounded on 2,000 nested divs (the parser lays them flat past 128)', () => {
    expect(run(`${'<div>'.repeat(2_000)}深处的文字`).text).toBe('标题 深处的文字 ');
  });
});

describe('indexSearchText: the stocks', () => {
  it.each<[string, StockRef[], string]>([
    ['an A share: code, symbol, display symbol, name', [ZGC], '标题 正文 sz000931 000931 000931.sz 中关村'],
    ['a Hong Kong share', [{ code: 'hk00700', market: 'HK', symbol: '00700', name: '腾讯控股' }], '标题 正文 hk00700 00700 00700.hk 腾讯控股'],
    ['a US share', [{ code: 'gb_brk.b', market: 'US', symbol: 'BRK.B', name: '伯克希尔' }], '标题 正文 gb_brk.b brk.b brk.b.us 伯克希尔'],
    [
      'a currency pair',
      [{ code: 'fx_susdcnh', market: 'OTHER', symbol: 'fx_susdcnh', name: '美元人民币' }],
      '标题 正文 fx_susdcnh fx_susdcnh fx_susdcnh 美元人民币',
    ],
    [
      'two stocks',
      [ZGC, { code: 'sh600519', market: 'SH', symbol: '600519', name: '贵州茅台' }],
      '标题 正文 sz000931 000931 000931.sz 中关村 sh600519 600519 600519.sh 贵州茅台',
    ],
    ['a name with full-width letters', [{ ...ZGC, name: 'ＴＣＬ科技' }], '标题 正文 sz000931 000931 000931.sz tcl科技'],
  ])('%s', (_name, stocks, text) => {
    expect(run('<p>正文</p>', '标题', stocks).text).toBe(text);
  });
});

describe('indexSearchText: the title', () => {
  it.each([
    ['as it is', '中关村发布回购公告', '中关村发布回购公告'],
    ['folded and lower case', 'ＡＩ芯片需求旺盛　ETF大涨', 'ai芯片需求旺盛 etf大涨'],
    ['without zero-width characters', '北京\u200b两区', '北京两区'],
    ['spaces collapsed, not trimmed', '  美联储  议息 ', ' 美联储 议息 '],
  ])('%s', (_name, title, normalized) => {
    const result = run('<p>正文</p>', title);
    expect(result.title).toBe(normalized);
    expect(result.text).toBe(`${normalized.trimEnd()} 正文 `);
  });
});

describe('searchTextOf', () => {
  it('is the text indexSearchText returns', () => {
    expect(searchTextOf(parseBody('<p>上海</p><p>经济</p>'), 'ＡＢ', [ZGC])).toBe('ab 上海 经济 sz000931 000931 000931.sz 中关村');
  });
});
