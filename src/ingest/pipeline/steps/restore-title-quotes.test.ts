import { describe, expect, it } from 'vitest';
import { restoreTitleQuotes } from './restore-title-quotes';

describe('restoreTitleQuotes', () => {
  it.each([
    ['the seed', '双奥之城北京市_两区_建设：金融、人才', '双奥之城北京市“两区”建设：金融、人才'],
    ['two pairs', '发布_十四五_规划_两区_建设', '发布“十四五”规划“两区”建设'],
    ['at the start', '_两区_建设提速', '“两区”建设提速'],
    ['at the end', '他说_好_', '他说“好”'],
    ['before full-width punctuation', '聚焦_专精特新_：中小企业', '聚焦“专精特新”：中小企业'],
    ['after a space', '价格企稳 _反内卷_成效初显', '价格企稳 “反内卷”成效初显'],
    ['between spaces', '聚焦 _两会_ 热点', '聚焦 “两会” 热点'],
    ['mixed inner text', '推进_AI+制造_行动', '推进“AI+制造”行动'],
    ['snake_case stays', 'file_name_test', 'file_name_test'],
    ['Latin between Han stays', '北京_abc_上海', '北京_abc_上海'],
    ['Latin outside stays', 'Q3_净利润_Up', 'Q3_净利润_Up'],
    ['Latin between spaces stays', 'see _config_ file', 'see _config_ file'],
    ['a lone underscore stays', '新_能源', '新_能源'],
    ['spaces inside are not a quote', '北京_ 两区 _建设', '北京_ 两区 _建设'],
    ['real quotes untouched', '北京市“两区”建设', '北京市“两区”建设'],
    ['trimmed', '  标题  ', '标题'],
  ])('%s', (_name, input, expected) => {
    expect(restoreTitleQuotes(input)).toBe(expected);
  });
});
