import { describe, expect, it } from 'vitest';

import { DEFAULT_RULES } from '../cleanup-rules';
import { runDomStep } from './run-dom-step';
import { removeBoilerplate } from './remove-boilerplate';

const TEXT = '<p>光伏组件中标均价与上一批次基本持平。</p>';

const run = (html: string): string => runDomStep(html, (doc) => removeBoilerplate(doc, DEFAULT_RULES));

describe('removeBoilerplate: lines naming the app a story came from', () => {
  it.each([
    ['本文来自…APP', '<p>本文来自华尔街见闻APP</p>'],
    ['with quotes and full-width indentation', '<p>　　本文来自“能源观察”APP</p>'],
    ['来源：…APP in parentheses', '<p>（来源：证券时报APP）</p>'],
    ['half-width, lower-case App', '<p>(来源: 每日经济新闻App)</p>'],
    ['本文来源于…APP。', '<p>本文来源于第一财经APP。</p>'],
    ['in bold inside a div', '<div><strong>文章来源：券商中国APP</strong></div>'],
  ])('removes %s', (_name, line) => {
    expect(run(`${TEXT}${line}`)).toBe(TEXT);
  });

  it.each([
    ['a source that is not an app', '<p>来源：新华社</p>'],
    ['a sentence about an app', '<p>该APP上线以来，用户数已突破千万。</p>'],
    ['a long paragraph that ends with APP', `<p>本文来自${'一段很长的正文'.repeat(10)}APP</p>`],
    ['a sentence that names the source inside', '<p>据来源于某APP的数据，成交量有所放大。</p>'],
  ])('keeps %s', (_name, line) => {
    expect(run(`${TEXT}${line}`)).toBe(`${TEXT}${line}`);
  });
});
