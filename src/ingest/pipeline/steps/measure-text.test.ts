import { describe, expect, it } from 'vitest';

import { measureText, type TextMeasures } from './measure-text';
import { parseBody } from './parse-body';

const run = (html: string): TextMeasures => measureText(parseBody(html));

/** A lede of 20 characters. */
const LEDE = '国际金价周三继续走高，伦敦金再创新高。';

describe('measureText: the summary', () => {
  it.each([
    ['the first paragraph', `<p>${LEDE}</p><p>第二段也足够长，但不是摘要的来源。</p>`, LEDE],
    ['past a short subheading', `<p>一、行情回顾</p><p>${LEDE}</p>`, LEDE],
    [
      'past a heading and a figure’s long caption',
      `<h2>行情回顾与展望：金价再创新高</h2><figure><img src="/a.png"><figcaption>图为伦敦现货黄金日内走势示意图表</figcaption></figure><p>${LEDE}</p>`,
      LEDE,
    ],
    ['inside wrappers', `<div><section><div><p>${LEDE}</p></div></section></div>`, LEDE],
    [
      'as plain text, markup gone',
      '<p>据<mark data-stock="sz000931">中关村</mark>公告，<strong>公司</strong>拟回购股份不超过1亿元。</p>',
      '据中关村公告，公司拟回购股份不超过1亿元。',
    ],
    ['with whitespace collapsed', '<p>　　美联储 &nbsp;维持利率不变，\n   市场预期年内降息两次。　</p>', '美联储 维持利率不变， 市场预期年内降息两次。'],
    [
      'the lines across a line break joined (Chinese needs no space)',
      '<p>第一行文字足够长了吗<br>第二行继续补充说明</p>',
      '第一行文字足够长了吗第二行继续补充说明',
    ],
    ['the first paragraph with text when none is long enough', '<p> </p><p>金价走高</p><p>银价走低</p>', '金价走高'],
    ['the whole text when there is no paragraph', '<div>　金价<br>走高</div><ul><li>银价走低</li></ul>', '金价走高银价走低'],
    ['nothing for an empty body', '<p>　</p>', ''],
    ['exactly 120 characters, whole', `<p>${'字'.repeat(120)}</p>`, '字'.repeat(120)],
    ['121 characters, cut to 119 and …', `<p>${'字'.repeat(121)}</p>`, `${'字'.repeat(119)}…`],
    ['a paragraph of 100,000 characters, cut the same', `<p>${'字'.repeat(100_000)}</p>`, `${'字'.repeat(119)}…`],
    ['a space before the cut, trimmed', `<p>${'a'.repeat(118)} ${'b'.repeat(10)}</p>`, `${'a'.repeat(118)}…`],
    ['characters outside the BMP counted once, never split', `<p>${'𠀀'.repeat(130)}</p>`, `${'𠀀'.repeat(119)}…`],
    ['120 characters outside the BMP, whole', `<p>${'𠀀'.repeat(120)}</p>`, '𠀀'.repeat(120)],
  ])('is %s', (_name, html, summary) => {
    expect(run(html).summary).toBe(summary);
  });

  it('takes a lede of exactly 15 characters over an earlier one of 14', () => {
    expect(run('<p>一二三四五六七八九十一二三四</p><p>一二三四五六七八九十一二三四五</p>').summary).toBe('一二三四五六七八九十一二三四五');
  });
});

describe('measureText: charCount excludes markup and whitespace', () => {
  it.each([
    ['plain text', '<p>中关村涨停</p>', 5],
    ['markup and attributes', '<p><strong class="x">中</strong><mark data-stock="sz000931">关村</mark><img src="/a.png" alt="很长的说明"></p>', 3],
    ['ASCII, full-width and no-break spaces, line feeds', '<p>　　中关村 涨停&nbsp;\n\t</p>', 5],
    ['zero-width spaces and a BOM', '<p>中\u200b关\ufeff村</p>', 3],
    ['letters, digits and punctuation', '<p>AI+3.5%，涨。</p>', 10],
    ['a character outside the BMP once', '<p>𠀀👍</p>', 2],
    ['entities once decoded', '<p>&lt;&amp;&gt;</p>', 3],
    ['comments excluded', '<p>正文<!-- news_keyword_pub,stock,sz000931 --></p>', 2],
    ['every block', '<h2>标题</h2><p>一段</p><figure><figcaption>说明</figcaption></figure><table><tbody><tr><td>12</td></tr></tbody></table>', 8],
    ['nothing', '<p>　</p>', 0],
  ])('%s', (_name, html, charCount) => {
    expect(run(html).charCount).toBe(charCount);
  });
});

describe('measureText: reading minutes at 400 characters a minute, rounded, at least one', () => {
  it.each([
    [0, 1],
    [150, 1],
    [599, 1],
    [600, 2],
    [999, 2],
    [1000, 3],
    [4000, 10],
    [100_000, 250],
  ])('%i characters: %i minutes', (count, minutes) => {
    const result = run(`<p>${'字'.repeat(count)}</p>`);
    expect(result.charCount).toBe(count);
    expect(result.readingMinutes).toBe(minutes);
  });
});
