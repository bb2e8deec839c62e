import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { MemoryRouter } from 'react-router';

import type { StockRef } from '../../../shared/bundle-types';
import { ALLOWED_TAGS } from '../../../shared/html-policy';
import { ArticleBody } from './article-body';
import { ARTICLE_ELEMENTS } from './article-elements';
import { renderArticleNodes } from './render-article-nodes';

/**
 * The body's element table with the app's stylesheet, in Chromium: every element the
 * policy allows, laid out as a reader gets it on a phone (390 px wide, 18 px text).
 */

const MOUTAI: StockRef = { code: 'sh600519', market: 'SH', symbol: '600519', name: '贵州茅台' };
const FONT_SIZE = 18;
const WIDE_ROW = Array.from({ length: 12 }, (_, i) => `<td>${1000 + i}.00</td>`).join('');

const EVERY_ELEMENT = `
<p>第一段，首行缩进两个字。<strong>粗</strong><b>粗</b><em>重</em><i>重</i><u>下</u><s>删</s>H<sub>2</sub>O<sup>2</sup><small>小</small><code>code</code>，<mark data-stock="sh600519">贵州茅台</mark>，<a href="https://example.com/a">链接</a>。<br>https://example.com/a/very/long/address/with/no/break/opportunity/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>
<h2>二级标题</h2><h3>三级标题</h3><h4>四级标题</h4><h5>五级标题</h5><h6>六级标题</h6>
<blockquote><p>一层</p><blockquote><p>二层</p><blockquote><p>三层</p><blockquote><p>四层</p></blockquote></blockquote></blockquote></blockquote>
<ul><li><p>列表项中的段落</p></li><li>二</li></ul>
<ol start="3"><li>从三开始</li></ol>
<figure><img src="/missing.png" alt="走势图" width="600" height="300"><figcaption>图注</figcaption></figure>
<table><caption>表一</caption><thead><tr><th>指数</th><th>收盘</th></tr></thead><tbody><tr><td colspan="2"><p>单元格中的段落</p></td></tr><tr>${WIDE_ROW}</tr></tbody><tfoot><tr><td>合计</td></tr></tfoot></table>
<pre>print("一行很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长")</pre>
<hr>
<p>最后一段。</p>`;

async function renderBody(theme: 'light' | 'dark' = 'light') {
  const screen = await render(
    <MemoryRouter>
      <div data-theme={theme} className="w-[390px] px-4">
        <article className="text-[18px]">
          <ArticleBody html={EVERY_ELEMENT} stocks={[MOUTAI]} highlightStocks firstMentionOnly={false} />
        </article>
      </div>
    </MemoryRouter>,
  );
  const body = screen.container.querySelector<HTMLElement>('[data-article-body]')!;
  const one = (selector: string) => body.querySelector<HTMLElement>(selector)!;
  const style = (selector: string) => getComputedStyle(one(selector));
  return { body, one, style };
}

describe('the article body', () => {
  it('has a rule for every element the policy allows, and no other', () => {
    expect(Object.keys(ARTICLE_ELEMENTS).sort()).toEqual([...ALLOWED_TAGS].sort());
  });

  it('indents paragraphs 2em, except in lists, tables and figures', async () => {
    const { style } = await renderBody();
    expect(style(':scope > p').textIndent).toBe(`${2 * FONT_SIZE}px`);
    expect(style('blockquote p').textIndent).toBe(`${2 * FONT_SIZE}px`);
    expect(style('li p').textIndent).toBe('0px');
    expect(style('td p').textIndent).toBe('0px');
    expect(style('figcaption').textIndent).toBe('0px');
  });

  it('sizes headings from the text size down, left-aligned in justified text', async () => {
    const { style } = await renderBody();
    const sizes = ['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => parseFloat(style(tag).fontSize) / FONT_SIZE);
    expect(sizes.map((size) => size.toFixed(3))).toEqual(['1.250', '1.125', '1.000', '0.950', '0.900']);
    expect(style('h2').fontWeight).toBe('700');
    expect(style('h6').fontWeight).toBe('600');
    expect(style('h2').textAlign).toBe('left');
    expect(style(':scope > p').textAlign).toBe('justify');
  });

  it('marks emphasis with dots, not italics; bold and code as such', async () => {
    const { body, style } = await renderBody();
    expect(body.querySelectorAll('strong')).toHaveLength(2);
    expect(body.querySelectorAll('em')).toHaveLength(2);
    expect(style('em').fontStyle).toBe('normal');
    expect(style('em').textEmphasisStyle).not.toBe('none');
    expect(style('strong').fontWeight).toBe('700');
    expect(style('code').fontFamily).toMatch(/monospace/);
  });

  it('indents quotes and lists three levels deep and no deeper', async () => {
    const { body, style } = await renderBody();
    const quotes = [...body.querySelectorAll('blockquote')].map((quote) => getComputedStyle(quote).borderLeftWidth);
    expect(quotes).toEqual(['3px', '3px', '3px', '0px']);
    expect(style('ul').listStyleType).toBe('disc');
    expect(style('ul').paddingLeft).toBe(`${2 * FONT_SIZE}px`);
    expect(style('ol').listStyleType).toBe('decimal');
    expect(body.querySelector('ol')!.start).toBe(3);
  });

  it('highlights a stock as a control; links open a new tab', async () => {
    const { body, one } = await renderBody();
    const marks = [...body.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.getAttribute('role'))).toEqual(['button']);
    const link = one('p > a');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(getComputedStyle(link).textDecorationLine).toBe('underline');
    // The stock card's own links are the card's: not underlined like the post's.
    marks[0]!.focus();
    await expect.poll(() => body.querySelector('[data-stock-card] a')).toBeTruthy();
    const cardLink = one('[data-stock-card] a');
    expect(getComputedStyle(cardLink).textDecorationLine).toBe('none');
  });

  it('keeps a table in a frame of its own: cells span, rows scroll sideways, the column does not', async () => {
    const { body, one, style } = await renderBody();
    expect(one('td[colspan]').getAttribute('colspan')).toBe('2');
    expect(style('th').fontWeight).toBe('600');
    const frame = one('[data-table-frame]');
    expect(frame.getAttribute('role')).toBe('region');
    expect(frame.scrollWidth).toBeGreaterThan(frame.clientWidth);
    expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
    const right = body.getBoundingClientRect().right;
    const outside = [...body.querySelectorAll<HTMLElement>('*')]
      .filter((element) => !element.closest('[data-table-frame], pre, [popover]'))
      .filter((element) => element.getBoundingClientRect().right > right + 0.5)
      .map((element) => element.localName);
    expect(outside).toEqual([]);
  });

  it('takes its colours from the theme', async () => {
    const light = await renderBody('light');
    const lightMuted = light.style('h6').color;
    const lightRule = light.style('blockquote').borderLeftColor;
    const dark = await renderBody('dark');
    expect(dark.style('h6').color).not.toBe(lightMuted);
    expect(dark.style('blockquote').borderLeftColor).not.toBe(lightRule);
    expect(dark.style('h6').color).toBe('rgb(180, 174, 166)');
  });
});

describe('the walk, given what the sanitizer would never let through', () => {
  function fragmentOf(...nodes: Node[]): DocumentFragment {
    const fragment = document.createDocumentFragment();
    fragment.append(...nodes);
    return fragment;
  }
  function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  it('renders unsafe links as text, drops unsafe images, and gives unknown elements their text only', async () => {
    const fragment = fragmentOf(
      element(
        'p',
        { style: 'color:red', class: 'evil' },
        element('a', { href: 'javascript:alert(1)' }, '坏链接'),
        element('img', { src: 'data:image/png;base64,AAAA', alt: '坏图' }),
        element('constructor', {}, '构造'),
        element('__proto__', {}, '文本'),
        element('hasownproperty', {}, '属性'),
        element('div', { style: 'position:fixed' }, '块'),
      ),
    );
    const screen = await render(<div>{renderArticleNodes(fragment, { stocks: new Map(), highlightStocks: true, firstMentionOnly: false })}</div>);
    const root = screen.container;
    expect(root.textContent).toBe('坏链接构造文本属性块');
    expect(root.querySelectorAll('a, img, [style], [class]')).toHaveLength(0);
  });

  it('highlights a stock inside a link as plain text: no control inside a link', async () => {
    const fragment = fragmentOf(element('p', {}, element('a', { href: 'https://example.com/' }, element('mark', { 'data-stock': MOUTAI.code }, '贵州茅台'))));
    const stocks = new Map([[MOUTAI.code, MOUTAI]]);
    const screen = await render(<MemoryRouter>{renderArticleNodes(fragment, { stocks, highlightStocks: true, firstMentionOnly: false })}</MemoryRouter>);
    const mark = screen.container.querySelector('a mark')!;
    expect(mark.textContent).toBe('贵州茅台');
    expect(mark.getAttribute('role')).toBeNull();
    expect(screen.container.querySelector('[data-stock-card]')).toBeNull();
  });
});
