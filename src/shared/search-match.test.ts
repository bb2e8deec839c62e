import { describe, expect, it } from 'vitest';
import { isSearchable, matchesAllTerms, planSearch, searchCandidates, type KeyLists } from './search-match';

const lists = (entries: Record<string, [number[], number[], number[]?] | null>): Map<string, KeyLists | null> =>
  new Map(
    Object.entries(entries).map(([k, v]) => [
      k,
      v && { all: Int32Array.from(v[0]), title: Int32Array.from(v[1]), frequent: Int32Array.from(v[2] ?? []) },
    ]),
  );

const FIGURE = '0123456789abcdefghijklmnopqrstuvwxyz.%+-';
/** A trigram's key string, as search-text.ts spells it: "\u0000" and 1 + its base-40 value. */
const trigram = (t: string) => `\u0000${String.fromCharCode(1 + [...t].reduce((v, c) => v * 40 + FIGURE.indexOf(c), 0))}`;

describe('planSearch', () => {
  it.each([
    ['two characters: one key, exact', '茅台', ['茅台'], true],
    ['two words of two: exact', '茅台 白酒', ['茅台', '白酒'], true],
    ['three characters: two keys, to be checked', '中关村', ['中关', '关村'], false],
    ['digits: their trigrams', '600519', ['600', '005', '051', '519'].map(trigram), false],
    ['three letters: one trigram, exact', 'ETF', ['etf'].map(trigram), true],
    ['digits beside Chinese: the bigram where they meet', 'a股', ['a股'], true],
    ['a figure with its signs: one trigram, exact', '.1%', ['.1%'].map(trigram), true],
    ['a figure in Chinese text', '长9.7', ['长9', ...['9.7'].map(trigram)], false],
    ['one character beside a word: checked', '茅台 酒', ['茅台'], false],
  ])('%s', (_name, query, keys, exact) => {
    const plan = planSearch(query);
    expect(plan.keys).toEqual(keys);
    expect(plan.exact).toBe(exact);
  });

  it('a lone character or a blank query is not searched', () => {
    expect(isSearchable(planSearch('油'))).toBe(false);
    expect(isSearchable(planSearch('  '))).toBe(false);
    expect(isSearchable(planSearch('油价'))).toBe(true);
  });
});

describe('searchCandidates', () => {
  it('ANDs the lists of every key, and the title lists within them', () => {
    const plan = planSearch('中关村');
    const result = searchCandidates(plan, lists({ 中关: [[1, 3, 5, 7], [3, 7]], 关村: [[3, 4, 5, 7], [3, 5]] }));
    expect([...result.all]).toEqual([3, 5, 7]);
    expect([...result.title]).toEqual([3]);
  });

  it('ranks as frequent only the articles where every key is frequent', () => {
    const plan = planSearch('中关村');
    const result = searchCandidates(plan, lists({ 中关: [[1, 3, 5, 7], [], [3, 5, 7]], 关村: [[3, 4, 5, 7], [], [4, 5]] }));
    expect([...result.frequent]).toEqual([5]);
  });

  it('finds nothing when the index lacks a key', () => {
    const result = searchCandidates(planSearch('中关村'), lists({ 中关: [[1, 2], []], 关村: null }));
    expect(result.all).toHaveLength(0);
  });

  it('refuses to guess when a key was not looked up', () => {
    expect(() => searchCandidates(planSearch('中关村'), lists({ 中关: [[1], []] }))).toThrow(/关村/);
  });
});

describe('matchesAllTerms', () => {
  it.each([
    ['a word inside a longer one', '贵州茅台发布公告', ['茅台'], true],
    ['across word boundaries', '市场投资者', ['场投'], true],
    ['every term', '北交所 绿色金融', ['北交所', '绿色金融'], true],
    ['not when one term is missing', '北交所公告', ['北交所', '绿色金融'], false],
    ['not split by a block break', '上海 经济', ['海经'], false],
  ])('%s', (_name, text, terms, expected) => {
    expect(matchesAllTerms(text, terms)).toBe(expected);
  });
});
