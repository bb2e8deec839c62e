import render from 'dom-serializer';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../cleanup-rules';
import { extractOriginalTitle } from './extract-original-title';
import { parseBody } from './parse-body';

const TITLE = '锂电材料价格连续三周回落 下游电池厂加快备货';
const LEDE = '<p>8月5日，国内电池级碳酸锂现货均价再降。</p>';

function run(html: string, title = TITLE): { originalTitle: string | null; html: string } {
  const doc = parseBody(html);
  const originalTitle = extractOriginalTitle(doc, title, DEFAULT_RULES);
  return { originalTitle, html: render(doc.children, { encodeEntities: 'utf8' }).trim() };
}

describe('extractOriginalTitle', () => {
  it.each([
    ['a plain line', '<p>原标题：碳酸锂报价三连跌</p>', '碳酸锂报价三连跌'],
    ['a half-width colon', '<p>原标题:碳酸锂报价三连跌</p>', '碳酸锂报价三连跌'],
    ['full-width spaces around and inside', '<p>　原标题：　碳酸锂　报价三连跌　</p>', '碳酸锂 报价三连跌'],
    ['spaces between the marker characters', '<p>原　标　题：碳酸锂报价三连跌</p>', '碳酸锂报价三连跌'],
    ['in bold', '<p><strong>原标题：碳酸锂报价三连跌</strong></p>', '碳酸锂报价三连跌'],
    ['the marker bold, the title not', '<p><strong>原标题：</strong>碳酸锂报价三连跌</p>', '碳酸锂报价三连跌'],
    ['in a div inside the wrapper', '<div><div>原标题：碳酸锂报价三连跌</div><p>正文</p></div>', '碳酸锂报价三连跌'],
  ])('takes %s out of the body', (_name, line, originalTitle) => {
    const result = run(`${line}${LEDE}`);
    expect(result.originalTitle).toBe(originalTitle);
    expect(result.html).not.toContain('原');
    expect(result.html).toContain(LEDE);
  });

  it.each([
    ['the same text', `<p>原标题：${TITLE}</p>`, TITLE],
    ['other spacing and width', '<p>原标题：锂电材料价格连续三周回落下游电池厂加快备货</p>', TITLE],
    ['full-width letters (NFKC)', '<p>原标题：ＡＩ芯片需求旺盛</p>', 'AI芯片需求旺盛'],
    ['the feed’s underscores for quote marks', '<p>原标题：北京市_两区_建设提速</p>', '北京市“两区”建设提速'],
    ['straight quotes against curly ones', '<p>原标题：北京市"两区"建设提速</p>', '北京市“两区”建设提速'],
  ])('is null but still leaves the body when it is the title again: %s', (_name, line, title) => {
    const result = run(`${line}${LEDE}`, title);
    expect(result.originalTitle).toBeNull();
    expect(result.html).toBe(LEDE);
  });

  it('takes the first paragraph of a plain-text body', () => {
    expect(run('原标题：碳酸锂报价三连跌\n\n8月5日，现货均价再降。')).toEqual({
      originalTitle: '碳酸锂报价三连跌',
      html: '<p>8月5日，现货均价再降。</p>',
    });
  });

  it.each([
    ['not the leading block', `${LEDE}<p>原标题：碳酸锂报价三连跌</p>`],
    ['a sentence that mentions it', '<p>据原标题显示，报价三连跌。</p>'],
    ['no title after the marker', '<p>原标题：</p>'],
    ['more than the one line', '<p>原标题：碳酸锂报价三连跌<br>8月5日，现货均价再降。</p>'],
    ['far too long for a headline', `<p>原标题：${'很长的一段话'.repeat(20)}</p>`],
  ])('leaves %s alone', (_name, html) => {
    const result = run(html);
    expect(result.originalTitle).toBeNull();
    expect(result.html).toBe(parseAndRender(html));
  });
});

function parseAndRender(html: string): string {
  return render(parseBody(html).children, { encodeEntities: 'utf8' }).trim();
}
