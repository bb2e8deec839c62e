import { describe, expect, it } from 'vitest';

import { titleKey } from './title-key';

describe('titleKey', () => {
  it.each([
    ['a plain Chinese title', '中关村发布回购公告', '中关村发布回购公告'],
    ['full-width letters folded (NFKC)', 'ＡＩ芯片需求旺盛', 'ai芯片需求旺盛'],
    ['full-width digits folded', '２０２５年前三季度ＧＤＰ', '2025年前三季度gdp'],
    ['full-width punctuation folded', '涨幅（３％）：超预期！', '涨幅(3%):超预期!'],
    ['compatibility characters folded', 'Ⅱ期①号', 'ii期1号'],
    ['a combining accent composed', 'Cafe\u0301指数', 'café指数'],
    ['lower case', 'ETF规模创新高 NASDAQ收涨', 'etf规模创新高nasdaq收涨'],
    ['curly double quotes', '北京市“两区”建设', '北京市"两区"建设'],
    ['curly single quotes', '所谓‘跑得好’', '所谓"跑得好"'],
    ['corner brackets', '「十五五」规划与『新质生产力』', '"十五五"规划与"新质生产力"'],
    ['straight quotes', `所谓"跑得好"与'稳得住'`, '所谓"跑得好"与"稳得住"'],
    ['full-width straight quotes (NFKC, then one style)', '＂两区＂与＇两翼＇', '"两区"与"两翼"'],
    ['ASCII spaces, tabs and line feeds', ' 美联储  议息\t会议\n结果 ', '美联储议息会议结果'],
    ['full-width spaces', '　锂电材料价格　连续三周回落　', '锂电材料价格连续三周回落'],
    ['no-break spaces', '\u00a0沪指\u00a0收涨', '沪指收涨'],
    ['only whitespace', ' \u3000\t', ''],
    ['nothing', '', ''],
  ])('%s', (_name, title, key) => {
    expect(titleKey(title)).toBe(key);
  });

  it.each([
    ['the feed’s underscores (restoreTitleQuotes comes first)', '北京市_两区_建设', '北京市_两区_建设'],
    ['book-title marks (they are not quotes)', '《证券法》修订', '《证券法》修订'],
    ['guillemets', '«两区»建设', '«两区»建设'],
    ['the ideographic full stop and enumeration comma', '金价、银价走低。', '金价、银价走低。'],
  ])('keeps %s', (_name, title, key) => {
    expect(titleKey(title)).toBe(key);
  });

  it.each([
    [
      'other widths and spacing',
      '锂电材料价格连续三周回落 下游电池厂加快备货',
      '锂电材料价格连续三周回落　下游电池厂加快备货',
      '锂电材料价格连续三周回落下游电池厂加快备货',
    ],
    ['other quote marks', '北京市“两区”建设提速', '北京市「两区」建设提速', '北京市"两区"建设提速'],
    ['other case and width', 'AI芯片需求旺盛', 'ａｉ芯片需求旺盛', 'ai芯片需求旺盛'],
  ])('gives the same headline in %s one key', (_name, a, b, key) => {
    expect([titleKey(a), titleKey(b)]).toEqual([key, key]);
  });
});
