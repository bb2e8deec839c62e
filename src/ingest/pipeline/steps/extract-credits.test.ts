import render from 'dom-serializer';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../cleanup-rules';
import { extractCredits } from './extract-credits';
import { parseBody } from './parse-body';

const TEXT = '<p>央行今日开展逆回购操作，中标利率与上期持平。</p>';

function run(html: string): { byline: string | null; editor: string | null; html: string } {
  const doc = parseBody(html);
  const credits = extractCredits(doc, DEFAULT_RULES);
  return { ...credits, html: render(doc.children, { encodeEntities: 'utf8' }).trim() };
}

describe('extractCredits: the editor', () => {
  it.each([
    ['the template’s line', '<p class="article-editor">责任编辑：李墨轩 </p>', '李墨轩'],
    ['the template’s line as a div', '<div class="article-editor">责任编辑：李墨轩</div>', '李墨轩'],
    ['show_author', '<p class="show_author">责任编辑：韦若川</p>', '韦若川'],
    ['show_author with other classes and a code', '<p class="txt show_author">责任编辑：韦若川 SF009</p>', '韦若川'],
    ['a plain paragraph with a code', '<p>责任编辑：闻一舟 SF00</p>', '闻一舟'],
    ['a code without a space', '<p>责任编辑：闻一舟SF068</p>', '闻一舟'],
    ['full-width parentheses', '<p>（责任编辑：钟予安）</p>', '钟予安'],
    ['half-width parentheses and colon', '<p>(责任编辑:钟予安 SF012)</p>', '钟予安'],
    ['【】 brackets', '<p>【责任编辑：钟予安】</p>', '钟予安'],
    ['full-width spaces', '<p>　　责任编辑：　钟予安　</p>', '钟予安'],
    ['the marker in a span', '<p><span>责任编辑</span>：<span>钟予安</span></p>', '钟予安'],
    ['two editors', '<p>责任编辑：张一 李二</p>', '张一 李二'],
    ['only a code', '<p>责任编辑：SF009</p>', 'SF009'],
    ['in a div around the paragraph', '<div class="article-editor"><p>责任编辑：李墨轩</p></div>', '李墨轩'],
  ])('reads %s and takes it out', (_name, line, editor) => {
    const result = run(`${TEXT}${line}`);
    expect(result.editor).toBe(editor);
    expect(result.html).toBe(TEXT);
  });

  it.each([
    ['full-width parentheses', '（责任编辑：钟予安）', '钟予安'],
    ['half-width parentheses and a code', '(责任编辑:钟予安 SF012)', '钟予安'],
    ['a line of its own after <br>', '<br>责任编辑：钟予安', '钟予安'],
  ])('cuts a credit closing the last paragraph: %s', (_name, tail, editor) => {
    const result = run(`<p>正文第一段。</p><p>正文最后一句。${tail}</p>`);
    expect(result.editor).toBe(editor);
    expect(result.html).toMatch(/^<p>正文第一段。<\/p><p>正文最后一句。(<br>)?<\/p>$/);
  });

  it('takes a show_author block whole, also when it names no editor', () => {
    expect(run(`${TEXT}<p class="show_author">作者：某某</p>`)).toEqual({ byline: null, editor: null, html: TEXT });
  });

  it.each([
    ['a sentence that mentions the job', '<p>该报责任编辑：王某表示，稿件已核实。</p>'],
    ['an unbracketed credit inside a sentence', '<p>正文。责任编辑：王某</p>'],
    ['a bracketed credit with text after it', '<p>正文（责任编辑：王某）还有下文。</p>'],
  ])('leaves %s in the body', (_name, html) => {
    const result = run(html);
    expect(result.editor).toBeNull();
    expect(result.html).toBe(html);
  });
});

describe('extractCredits: the byline', () => {
  it.each([
    ['a bold reporter line', '<p><strong>第一财经记者 温景行 北京报道</strong></p>', '第一财经记者 温景行 北京报道'],
    ['a plain reporter line', '<p>本报记者 林知远 北京报道</p>', '本报记者 林知远 北京报道'],
    ['a name and a place', '<p>温景行 北京报道</p>', '温景行 北京报道'],
  ])('takes %s', (_name, line, byline) => {
    expect(run(`${line}${TEXT}`)).toMatchObject({ byline, html: TEXT });
  });

  it.each([
    ['a numbered section', '<p><strong>一、记者调查</strong></p>'],
    ['a numbered section in brackets', '<p><strong>（二）通讯员来信</strong></p>'],
    ['a column named after reporters', '<p><strong>记者观察</strong></p>'],
    ['a column named after reporters, with more', '<p><strong>记者手记：走进产业园</strong></p>'],
    ['a kind of report', '<p><strong>深度报道</strong></p>'],
    ['a section called 第一部分', '<p><strong>第一部分 记者走访</strong></p>'],
  ])('never takes a section heading: %s', (_name, line) => {
    expect(run(`${line}${TEXT}`)).toMatchObject({ byline: null, html: `${line}${TEXT}` });
  });
});
