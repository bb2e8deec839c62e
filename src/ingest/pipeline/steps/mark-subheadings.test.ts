import { describe, expect, it } from 'vitest';

import { DEFAULT_RULES } from '../cleanup-rules';
import { runDomStep } from './run-dom-step';
import { markSubheadings } from './mark-subheadings';

const TEXT = '<p>社会消费品零售总额保持增长，服务消费增速快于商品消费。</p>';

const run = (html: string): string => runDomStep(html, (doc) => markSubheadings(doc, DEFAULT_RULES));

describe('markSubheadings', () => {
  it.each([
    ['a numbered section', '<p><strong>一、市场表现</strong></p>', '<h2>一、市场表现</h2>'],
    ['a phrase', '<p> <strong>政策持续加码</strong> </p>', '<h2>政策持续加码</h2>'],
    ['two bold runs', '<p><strong>二、</strong><strong>下阶段展望</strong></p>', '<h2>二、下阶段展望</h2>'],
    ['a question', '<p><strong>利率还会降吗？</strong></p>', '<h2>利率还会降吗？</h2>'],
    ['exactly 30 characters', `<p><strong>${'字'.repeat(30)}</strong></p>`, `<h2>${'字'.repeat(30)}</h2>`],
    ['inline markup inside the run', '<p><strong><em>重点</em>关注</strong></p>', '<h2><em>重点</em>关注</h2>'],
  ])('turns %s into a subheading', (_name, line, heading) => {
    expect(run(`${TEXT}${line}${TEXT}`)).toBe(`${TEXT}${heading}${TEXT}`);
  });

  it('uses <h3> when the article has <h2>s of its own', () => {
    expect(run(`<h2>一、宏观环境</h2><p><strong>流动性维持宽松</strong></p>${TEXT}`)).toBe(`<h2>一、宏观环境</h2><h3>流动性维持宽松</h3>${TEXT}`);
  });

  it.each([
    ['a lead-in ending with a colon', '<p><strong>专家指出：</strong></p>'],
    ['a lead-in ending with a half-width colon', '<p><strong>专家指出:</strong></p>'],
    ['a sentence ending with 。', '<p><strong>市场整体运行平稳。</strong></p>'],
    ['a clause ending with ；', '<p><strong>一是扩大内需；</strong></p>'],
    ['a clause ending with ，', '<p><strong>值得注意的是，</strong></p>'],
    ['31 characters', `<p><strong>${'字'.repeat(31)}</strong></p>`],
    ['bold at the start of a paragraph', '<p><strong>值得注意的是</strong>制造业投资增速有所放缓</p>'],
    ['bold and plain text', '<p>前三季度<strong>增长</strong></p>'],
    ['a bold link', '<p><strong><a href="/a">点击查看</a></strong></p>'],
    ['a bold run with a line break', '<p><strong>第一行<br>第二行</strong></p>'],
    ['a bold picture', '<p><strong><img src="/a.png"></strong></p>'],
    ['punctuation only', '<p><strong>——</strong></p>'],
    ['a bold list item', '<ul><li><p><strong>市场表现</strong></p></li></ul>'],
    ['a bold cell', '<table><tbody><tr><td><p><strong>市场表现</strong></p></td></tr></tbody></table>'],
    ['a bold quote', '<blockquote><p><strong>市场表现</strong></p></blockquote>'],
  ])('leaves %s a paragraph', (_name, html) => {
    expect(run(`${TEXT}${html}`)).toBe(`${TEXT}${html}`);
  });
});
