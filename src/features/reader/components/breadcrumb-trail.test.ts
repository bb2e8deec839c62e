import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from './breadcrumb-trail';

/** A trail as text: "label→path" per crumb, crumbs joined by " › ", hierarchies by " · ". */
function shown(source: string, categories: string[][]): { source: string | null; trails: string } {
  const { sourcePath, trails } = breadcrumbTrail(source, categories);
  return {
    source: sourcePath ? sourcePath.join('/') : null,
    trails: trails.map((crumbs) => crumbs.map((c) => `${c.label}→${c.path.join('/')}`).join(' › ')).join(' · '),
  };
}

describe('breadcrumbTrail', () => {
  it.each([
    [
      'the source filed under itself, and as a prefix of the leaf',
      '财联社',
      [['能源', '财联社', '财联社－电力']],
      null,
      '能源→能源 › 电力→能源/财联社/财联社－电力',
    ],
    ['Sina’s own feed', '新浪财经', [['金融', '新浪财经', '新浪财经－国內']], null, '金融→金融 › 国內→金融/新浪财经/新浪财经－国內'],
    ['no repetition: the path as it is', '华尔街见闻', [['金融', '美股']], null, '金融→金融 › 美股→金融/美股'],
    ['an ASCII hyphen, an em dash', '财联社', [['财联社-电力'], ['财联社—煤炭']], null, '电力→财联社-电力 · 煤炭→财联社—煤炭'],
    ['whitespace around names', ' 财联社 ', [['能源', ' 财联社', '财联社 － 电力']], null, '能源→能源 › 电力→能源/ 财联社/财联社 － 电力'],
    ['a name that only starts like the source stays', '新浪财经', [['新浪财经频道', '宏观']], null, '新浪财经频道→新浪财经频道 › 宏观→新浪财经频道/宏观'],
    ['the source inside a name stays', '财联社', [['能源', '电力－财联社']], null, '能源→能源 › 电力－财联社→能源/电力－财联社'],
    [
      'several hierarchies, each cleaned',
      '财联社',
      [
        ['能源', '财联社－电力'],
        ['宏观', '财联社'],
      ],
      '宏观/财联社',
      '能源→能源 › 电力→能源/财联社－电力 · 宏观→宏观',
    ],
    ['a leaf that is the source: the source links to it', '财联社', [['金融', '财联社']], '金融/财联社', '金融→金融'],
    ['a path that is only the source: nothing but the source, linked', '财联社', [['财联社']], '财联社', ''],
    ['a leaf that is only the prefix', '财联社', [['能源', '财联社－']], '能源/财联社－', '能源→能源'],
    ['the first such path is the one the source links to', '财联社', [['财联社'], ['能源', '财联社']], '财联社', '能源→能源'],
    ['no source: nothing is dropped', '', [['金融', '新浪财经']], null, '金融→金融 › 新浪财经→金融/新浪财经'],
    ['no categories', '财联社', [], null, ''],
  ])('%s', (_name, source, categories, sourcePath, trails) => {
    expect(shown(source, categories)).toEqual({ source: sourcePath, trails });
  });
});
