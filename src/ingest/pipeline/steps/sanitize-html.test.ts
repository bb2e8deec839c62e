import { describe, expect, it } from 'vitest';

import { STRUCTURE_LIMITS } from '../../../shared/html-policy';
import { parseBody, parseHtml } from './parse-body';
import { sanitizeHtml } from './sanitize-html';

function sanitize(html: string): string {
  return sanitizeHtml(parseBody(html)).html;
}

/** Elements from the root down to the deepest leaf. */
function depthOf(html: string): number {
  let max = 0;
  const stack = parseHtml(html).children.map((node) => ({ node, depth: 1 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node.type !== 'tag') continue;
    max = Math.max(max, depth);
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return max;
}

describe('sanitizeHtml: structure as a browser parses it back', () => {
  it.each([
    // A <span> (unwrapped) between the two keeps the parser from closing the paragraph itself.
    ['a block inside a paragraph splits it', '<p><span>前<blockquote>引</blockquote>后</span></p>', '<p>前</p><blockquote>引</blockquote><p>后</p>'],
    ['a table inside a paragraph', '<p><span>前<table><tr><td>格</td></tr></table></span></p>', '<p>前</p><table><tbody><tr><td>格</td></tr></tbody></table>'],
    ['a heading inside a heading', '<h2>大<h3>小</h3></h2>', '<h2>大</h2><h3>小</h3>'],
    ['a bold run around a paragraph gives way to it', '<strong><p>粗</p></strong>', '<p>粗</p>'],
    ['a link around a block gives way to it', '<p><a href="https://a.example/">链<ul><li>项</li></ul></a></p>', '<p>链</p><ul><li>项</li></ul>'],
    [
      'a link inside a link is unwrapped',
      '<a href="https://a.example/">外<span><a href="https://b.example/">内</a></span>尾</a>',
      '<a href="https://a.example/">外内尾</a>',
    ],
    [
      'a stock mention inside a link is plain text',
      '<a href="https://a.example/"><mark data-stock="sz000931">中关村</mark></a>',
      '<a href="https://a.example/">中关村</a>',
    ],
    ['a mention inside a mention', '<mark data-stock="sz000931">中<mark data-stock="sh600519">茅台</mark></mark>', '<mark data-stock="sz000931">中茅台</mark>'],
    ['rows outside a row group get a tbody', '<table><tr><td>1</td></tr></table>', '<table><tbody><tr><td>1</td></tr></tbody></table>'],
    ['cells outside a row get one', '<table><tbody><td>1</td><td>2</td></tbody></table>', '<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>'],
    ['text in a row gets a cell', '<table><tbody><tr>字</tr></tbody></table>', '<table><tbody><tr><td>字</td></tr></tbody></table>'],
    ['a paragraph in a table gets a row and a cell', '<table><p>段</p></table>', '<table><tbody><tr><td><p>段</p></td></tr></tbody></table>'],
    ['a cell outside a table is unwrapped', '<p><td>格</td></p>', '<p>格</p>'],
    [
      'a row inside a cell is unwrapped',
      '<table><tbody><tr><td><span><tr><td>内</td></tr></span></td></tr></tbody></table>',
      '<table><tbody><tr><td>内</td></tr></tbody></table>',
    ],
    ['a list item outside a list is unwrapped', '<p><li>项</li></p>', '<p>项</p>'],
    ['other content in a list gets an item', '<ul>字<li>项</li></ul>', '<ul><li>字</li><li>项</li></ul>'],
    ['a block inside pre is unwrapped', '<pre>码<p>段</p></pre>', '<pre>码段</pre>'],
    ['pre loses the line feeds the parser would drop', '<pre>\n\n代码</pre>', '<pre>代码</pre>'],
    ['NUL, CR and bidi controls leave the text', '<p>a\u0000b\r\nc\u202ed\u2066e</p>', '<p>ab\ncde</p>'],
    ['a lone surrogate becomes U+FFFD', '<p>a&#xD800;b</p>', '<p>a\ufffdb</p>'],
    [
      'canonical URLs: punycode host, encoded path',
      '<a href="https://例子.中国/路径">x</a>',
      '<a href="https://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84">x</a>',
    ],
    ['a full-width look-alike host folds', '<a href="https://ｅｘａｍｐｌｅ.com/">x</a>', '<a href="https://example.com/">x</a>'],
    ['credentials in a URL drop the link', '<a href="https://bank.example@evil.example/">x</a>', 'x'],
    ['an http image is not loaded', '<img src="http://n.sinaimg.cn/a.jpg">', ''],
    ['an alt with markup breakout is cleaned', '<img src="https://n.sinaimg.cn/a.jpg" alt="a --> b">', '<img src="https://n.sinaimg.cn/a.jpg" alt="a -- b">'],
  ])('%s', (_name, input, expected) => {
    const output = sanitize(input);
    expect(output).toBe(expected);
    expect(sanitizeHtml(parseHtml(output)).html).toBe(output);
  });

  it('turns the formatting-link bomb (issue 12, 1) into one link, shallow, and a fixed point', () => {
    const levels = 300;
    const body = `<p>段落</p>${"<strong><em><a href='https://ok.example/'><u>".repeat(levels)}文字${'</u></a></em></strong>'.repeat(levels)}`;
    const output = sanitize(body);
    expect(output.match(/<a /g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(depthOf(output)).toBeLessThanOrEqual(STRUCTURE_LIMITS.depth);
    expect(output).toContain('文字');
    expect(sanitizeHtml(parseHtml(output)).html).toBe(output);
  });

  it('lays flat what nests deeper than the limit, keeping the text', () => {
    const output = sanitize(`${'<blockquote>'.repeat(700)}深处${'</blockquote>'.repeat(700)}`);
    expect(depthOf(output)).toBe(STRUCTURE_LIMITS.depth);
    expect(output).toContain('深处');
    expect(sanitizeHtml(parseHtml(output)).html).toBe(output);
  });

  it(`keeps at most ${STRUCTURE_LIMITS.elements} elements and ${STRUCTURE_LIMITS.images} images, the rest as text`, () => {
    const paragraphs = Array.from({ length: STRUCTURE_LIMITS.elements + 10 }, (_, i) => `<p>第${i}段</p>`).join('');
    const images = Array.from({ length: 150 }, (_, i) => `<img src="https://n.sinaimg.cn/${i}.jpg">`).join('');
    const { html, warnings } = sanitizeHtml(parseBody(`<p>${images}</p>${paragraphs}`));
    expect(html.match(/<img /g)).toHaveLength(STRUCTURE_LIMITS.images);
    expect(html.match(/<p>/g)!.length).toBeLessThanOrEqual(STRUCTURE_LIMITS.elements);
    expect(html).toContain(`第${STRUCTURE_LIMITS.elements + 9}段`);
    expect(warnings.join('\n')).toMatch(/elements past the 20000/);
    expect(sanitizeHtml(parseHtml(html)).html).toBe(html);
  });
});
