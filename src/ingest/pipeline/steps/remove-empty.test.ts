import { describe, expect, it } from 'vitest';

import { removeEmpty } from './remove-empty';
import { runDomStep } from './run-dom-step';

const TEXT = '<p>国际金价周三继续走高。</p>';

const run = (html: string): string => runDomStep(html, removeEmpty);

describe('removeEmpty: what cleaning left empty goes', () => {
  it.each([
    ['an empty paragraph', '<p></p>'],
    ['a paragraph of full-width spaces', '<p>　　</p>'],
    ['a paragraph of &nbsp;', '<p>&nbsp;&nbsp;</p>'],
    ['a paragraph of zero-width spaces and a BOM', '<p>\u200b\ufeff</p>'],
    ['a paragraph of line breaks', '<p><br><br/>　<br></p>'],
    ['an empty quote placeholder', '<span id="quote_sz000931"></span>'],
    ['a div of empty paragraphs', '<div>\n<p>&nbsp;</p>\n<p><br></p>\n</div>'],
    ['wrappers nested in wrappers', '<div><section><div><p><span><strong>　</strong></span></p></div></section></div>'],
    ['an empty link', '<p><a href="https://finance.sina.com.cn/"></a></p>'],
    ['an empty mark', '<p><mark data-stock="sz000931"></mark></p>'],
    ['a list of empty items', '<ul><li> </li><li><br></li></ul>'],
    ['an empty caption in an empty figure', '<figure><figcaption>　</figcaption></figure>'],
    ['empty headings and quotes', '<h2> </h2><h3></h3><blockquote><p></p></blockquote>'],
    ['old inline markup', '<center><font><b> </b><i></i><u></u><em></em></font></center>'],
  ])('%s', (_name, empty) => {
    expect(run(`${TEXT}${empty}`)).toBe(TEXT);
  });

  it.each([
    ['an empty bold run beside text', '<p><strong> </strong>正文</p>', '<p>正文</p>'],
    ['an empty caption beside an image', '<figure><img src="/a.png"><figcaption>&nbsp;</figcaption></figure>', '<figure><img src="/a.png"></figure>'],
    ['breaks that open a paragraph', '<p><br>　<br>正文</p>', '<p>正文</p>'],
    ['breaks that close a paragraph', '<p>正文<br>&nbsp;<br> </p>', '<p>正文</p>'],
    [
      'breaks around a list item and a caption',
      '<ul><li><br>一项<br></li></ul><figcaption><br>说明</figcaption>',
      '<ul><li>一项</li></ul><figcaption>说明</figcaption>',
    ],
    ['the empty paragraphs around a figure', '<p></p><figure><img src="/a.png"></figure><p></p>', '<figure><img src="/a.png"></figure>'],
    ['empty paragraphs between real ones, keeping the line feeds', '<p>一</p>\n<p> </p>\n<p>二</p>', '<p>一</p>\n\n<p>二</p>'],
  ])('%s', (_name, html, expected) => {
    expect(run(html)).toBe(expected);
  });
});

describe('removeEmpty: line breaks inside an inline wrapper', () => {
  // A paragraph of nothing but a line break in bold (an empty line left bold,
  // <font cms-style="strong-Bold"><br></font>, which normalizeMarkup makes
  // <strong><br></strong>) is a blank line in the article: it goes like a bare <br>.
  it.each([
    ['a paragraph of a bold line break', `${TEXT}<p><strong><br></strong></p>`, TEXT],
    ['a div of a line break', `${TEXT}<div><br></div>`, TEXT],
    ['a bold line break closing a paragraph', '<p>正文<strong><br></strong></p>', '<p>正文</p>'],
    ['a paragraph of nested wrapped breaks', '<p><span><strong><br></strong> <br></span></p>', ''],
  ])('removes %s', (_name, html, expected) => {
    expect(run(html)).toBe(expected);
  });
});

describe('removeEmpty: what stays', () => {
  it.each([
    ['a paragraph with text', '<p>正文</p>'],
    ['a paragraph of one zero', '<p>0</p>'],
    ['a paragraph holding an image', '<p><img src="/a.png"></p>'],
    ['a figure of an image', '<figure><img src="/a.png"></figure>'],
    ['a link around an image', '<p><a href="/big.png"><img src="/a.png"></a></p>'],
    ['a rule', '<hr>'],
    ['empty table cells', '<table><tbody><tr><td></td><th> </th></tr></tbody></table>'],
    ['a break inside the text', '<p>第一行<br>第二行</p>'],
    ['a bold break between two lines', '<p>一<strong><br></strong>二</p>'],
    ['breaks that open a div', '<div><br>正文</div>'],
    ['a break on its own outside a paragraph', '<br>'],
    ['spaces around the text', '<p> 正文 </p>'],
  ])('%s', (_name, html) => {
    expect(run(html)).toBe(html);
  });
});

describe('removeEmpty: bounded', () => {
  it('removes 5,000 empty paragraphs', () => {
    expect(run(`${'<p>&nbsp;</p>'.repeat(5_000)}${TEXT}`)).toBe(TEXT);
  });

  it('removes 2,000 nested divs of empty paragraphs (laid flat by the parser)', () => {
    expect(run(`${'<div>'.repeat(2_000)}${'<p> </p>'.repeat(1_000)}`)).toBe('');
  });

  it('keeps the text at the bottom of 2,000 nested divs', () => {
    expect(run(`${'<div>'.repeat(2_000)}正文`)).toBe(`${'<div>'.repeat(127)}<div>正文${'</div>'.repeat(128)}`);
  });
});
