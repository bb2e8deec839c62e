import render from 'dom-serializer';
import type { Document } from 'domhandler';
import { describe, expect, it } from 'vitest';

import { textOf } from '../dom/dom-tree';
import { BodyTooDeepError, MAX_OPEN_ELEMENTS, MAX_PARSE_DEPTH, parseBody, parseHtml } from './parse-body';

const html = (doc: Document): string => render(doc.children, { encodeEntities: 'utf8' });

describe('parseBody: markup as a browser reads it', () => {
  it.each([
    ['Sina’s paragraphs', '<p cms-style="font-L">　　正文</p>', '<p cms-style="font-L">　　正文</p>'],
    ['unquoted attributes', '<p class=note id=a1>正文</p>', '<p class="note" id="a1">正文</p>'],
    ['upper-case tags and attributes', '<P CLASS="x"><B>粗</B></P>', '<p class="x"><b>粗</b></p>'],
    ['an unclosed paragraph closed by the next', '<p>一<p>二', '<p>一</p><p>二</p>'],
    ['unclosed inline tags closed at the end', '<p><font color=red>红<strong>粗', '<p><font color="red">红<strong>粗</strong></font></p>'],
    ['a div closes the open paragraph', '<p>前<div>块</div>后</p>', '<p>前</p><div>块</div>后<p></p>'],
    ['a self-closing div is an open div', '<div/>文字', '<div>文字</div>'],
    ['void elements', '<p>一<br>二<img src="/a.png"></p>', '<p>一<br>二<img src="/a.png"></p>'],
    ['entities decoded', '<p>&lt;沪指&gt;&#x6DA8;&#28072;</p>', '<p>&lt;沪指&gt;涨涨</p>'],
    [
      'comments kept for the steps that read them',
      '<p>正文</p><!-- news_keyword_pub,stock,sz000931 -->',
      '<p>正文</p><!-- news_keyword_pub,stock,sz000931 -->',
    ],
    ['a stray closing tag ignored', '<p>正文</span></p>', '<p>正文</p>'],
    ['markup after text in the first line', '新浪财经讯 <b>重要</b>', '新浪财经讯 <b>重要</b>'],
  ])('%s', (_name, body, expected) => {
    expect(html(parseBody(body))).toBe(expected);
  });

  it('decodes &nbsp; to U+00A0 in the text', () => {
    expect(textOf(parseBody('<p>&nbsp;涨&#160;</p>'))).toBe('\u00a0涨\u00a0');
  });
});

describe('parseBody: a body without markup is paragraphs', () => {
  it.each([
    ['blank-line separated blocks', '第一段。\n\n第二段。', '<p>第一段。</p><p>第二段。</p>'],
    ['a single line break is a <br>', '第一行\n第二行', '<p>第一行<br>第二行</p>'],
    ['blank lines of spaces and several of them', '一\n   \n\n\t\n二', '<p>一</p><p>二</p>'],
    ['CRLF line ends', '一\r\n\r\n二', '<p>一</p><p>二</p>'],
    ['blocks trimmed, full-width indentation too', '\n\n　　第一段。  \n\n', '<p>第一段。</p>'],
    ['Markdown left as text', '# 标题\n\n- 一项', '<p># 标题</p><p>- 一项</p>'],
    ['angle brackets and ampersands as text', '成交额<5亿 & 涨幅>3%', '<p>成交额&lt;5亿 &amp; 涨幅&gt;3%</p>'],
    ['an empty body', '', ''],
    ['a body of blank lines', ' \n\n \n', ''],
  ])('%s', (_name, body, expected) => {
    expect(html(parseBody(body))).toBe(expected);
  });

  it('parseHtml makes no paragraphs of plain text', () => {
    expect(html(parseHtml('第一段。\n\n第二段。'))).toBe('第一段。\n\n第二段。');
  });
});

describe('parseBody: nesting', () => {
  it('has the documented limits', () => {
    expect([MAX_PARSE_DEPTH, MAX_OPEN_ELEMENTS]).toEqual([128, 2048]);
  });

  it('keeps 128 levels as they are', () => {
    const body = `${'<div>'.repeat(128)}深${'</div>'.repeat(128)}`;
    expect(html(parseBody(body))).toBe(body);
  });

  it('lays everything past 128 levels flat, in order, text and comments included', () => {
    const body = `${'<div>'.repeat(128)}<p>甲<b>乙</b><!--丙--></p>丁${'</div>'.repeat(128)}`;
    expect(html(parseBody(body))).toBe(`${'<div>'.repeat(128)}<p></p>甲<b></b>乙<!--丙-->丁${'</div>'.repeat(128)}`);
  });

  it('lays 2,048 nested divs flat below the 128th', () => {
    const doc = parseBody(`${'<div>'.repeat(2_048)}深`);
    expect(html(doc)).toBe(`${'<div>'.repeat(128)}${'<div></div>'.repeat(1_920)}深${'</div>'.repeat(128)}`);
  });

  it.each([
    ['2,049 nested divs', `${'<div>'.repeat(2_049)}深`],
    ['2,049 nested divs, closed', `${'<div>'.repeat(2_049)}深${'</div>'.repeat(2_049)}`],
    ['100,000 unclosed fonts', '<font>'.repeat(100_000)],
    ['deep nesting after ordinary paragraphs', `${'<p>正文</p>'.repeat(1_000)}${'<span>'.repeat(3_000)}`],
  ])('refuses %s with BodyTooDeepError', (_name, body) => {
    expect(() => parseBody(body)).toThrow(BodyTooDeepError);
    expect(() => parseBody(body)).toThrow('markup nested more than 2048 elements deep');
  });

  it('refuses deep markup through parseHtml too', () => {
    expect(() => parseHtml('<i>'.repeat(5_000))).toThrow(BodyTooDeepError);
  });

  it.each([
    ['10,000 paragraphs side by side', '<p>段</p>'.repeat(10_000), 10_000],
    ['10,000 line breaks', `<p>${'<br>'.repeat(10_000)}</p>`, 1],
    ['a thousand unclosed fonts inside a paragraph', `<p>${'<font>'.repeat(1_000)}正文</p>`, 1],
  ])('accepts %s', (_name, body, topLevel) => {
    expect(parseBody(body).children).toHaveLength(topLevel);
  });
});
