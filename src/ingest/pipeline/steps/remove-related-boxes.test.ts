import { describe, expect, it } from 'vitest';

import { DEFAULT_RULES } from '../cleanup-rules';
import { runDomStep } from './run-dom-step';
import { removeRelatedBoxes } from './remove-related-boxes';

const BEFORE = '<p>光伏组件中标均价与上一批次基本持平。</p>';
const AFTER = '<p>有研究机构预计，组件价格有望维持窄幅波动。</p>';

const run = (html: string): string => runDomStep(html, (doc) => removeRelatedBoxes(doc, DEFAULT_RULES));

describe('removeRelatedBoxes', () => {
  it.each([
    ['a 点击进入专题 link line', '<p><a href="/zt/a">点击进入专题：光伏行业观察</a></p>'],
    ['点击进入专题 and its links', '<p><a href="/zt/a">点击进入专题：</a></p><p><a href="/zt/b">新能源产业链</a></p>'],
    ['相关专题 with a bold heading and a separated list', '<p><strong>相关专题：</strong></p><p><a href="/a">碳中和</a>　|　<a href="/b">能源安全</a></p>'],
    ['相关阅读 and a <ul>', '<p><strong>相关阅读</strong></p><ul><li><a href="/a">硅料价格止跌</a></li><li><a href="/b">逆变器出口回升</a></li></ul>'],
    ['相关阅读 with its links inline', '<p>相关阅读 <a href="/a">硅料价格止跌</a>、<a href="/b">逆变器出口回升</a></p>'],
    ['相关阅读：and a plain title whose link the feed dropped', '<p>相关阅读：硅料价格止跌反弹</p>'],
    ['a box in its own div', '<div class="rel"><p>延伸阅读：</p><p><a href="/a">硅料</a></p></div>'],
    ['a heading in a list item', '<ul><li>推荐阅读：</li><li><a href="/a">硅料</a></li></ul>'],
  ])('removes %s', (_name, box) => {
    expect(run(`${BEFORE}${box}${AFTER}`).replace(/<(div|ul) class="rel"><\/\1>|<ul><\/ul>|\n/g, '')).toBe(`${BEFORE}${AFTER}`);
  });

  it.each([
    ['a sentence that starts with the words', '<p>相关阅读材料显示，行业协会已倡议按成本定价。</p>'],
    ['a sentence that mentions a topic', '<p>记者从相关专题会议获悉，方案将于下月公布。</p>'],
    ['a paragraph with a link in it', '<p>详见<a href="/a">公告原文</a>。</p>'],
  ])('keeps %s', (_name, html) => {
    expect(run(`${BEFORE}${html}${AFTER}`)).toBe(`${BEFORE}${html}${AFTER}`);
  });

  it('looks past comments, blank blocks and scripts between the heading and its lists (removeBoilerplate takes those)', () => {
    const between = '\n<!-- x -->\n<p>　</p><script>x()</script>';
    expect(run(`<p>相关阅读</p>${between}<p><a href="/a">硅料</a></p>\n<p><a href="/b">逆变器</a></p>${AFTER}`)).toBe(`${between}\n${AFTER}`.trim());
  });

  it('stops at the first block after the box that is not a link list', () => {
    const box = '<p>相关阅读：</p><p><a href="/a">硅料</a></p>';
    const text = '<p><a href="/c">公告</a>显示，新规下月起施行。</p>';
    expect(run(`${box}${text}<p><a href="/d">不是列表的一部分</a></p>`)).toBe(`${text}<p><a href="/d">不是列表的一部分</a></p>`);
  });
});
