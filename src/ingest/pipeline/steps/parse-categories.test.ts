import { describe, expect, it } from 'vitest';
import { parseCategories } from './parse-categories';

describe('parseCategories', () => {
  it.each([
    ['missing', undefined, []],
    ['null', null, []],
    ['a string is one category', '快讯', [['快讯']]],
    ['a list is one hierarchy', ['金融', '新浪财经', '新浪财经－国內'], [['金融', '新浪财经', '新浪财经－国內']]],
    ['a list of lists is several', [['金融', '新浪财经'], ['科技']], [['金融', '新浪财经'], ['科技']]],
    ['mixed: plain entries are their own hierarchy', [['金融', '新浪财经'], '快讯'], [['金融', '新浪财经'], ['快讯']]],
    ['repeats kept once', [['金融'], ['金融']], [['金融']]],
    ['names trimmed, blanks dropped', ['  金融 ', '', '新浪财经'], [['金融', '新浪财经']]],
    ['numbers are names', [2025, '年报'], [['2025', '年报']]],
    ['slash inside a name cannot split a path', ['A/B股'], [['A／B股']]],
    ['empty list', [], []],
  ])('%s', (_name, input, expected) => {
    expect(parseCategories(input)).toEqual({ ok: true, value: { paths: expected, warning: null } });
  });

  it.each([
    ['a mapping', { a: 1 }],
    ['a boolean', true],
    ['a mapping inside a list', ['金融', { a: 1 }]],
    ['a mapping inside a hierarchy', [['金融', { a: 1 }]]],
  ])('rejects %s', (_name, input) => {
    expect(parseCategories(input).ok).toBe(false);
  });
});
