import { describe, expect, it } from 'vitest';
import { checkCandidates, isSearchable, matchesAllTerms, planChecks, planSearch, searchCandidates, type KeyLists } from './search-match';
import type { PositionLists } from './search-positions';

const lists = (entries: Record<string, [number[], number[], number[]?, (number | null)?] | null>): Map<string, KeyLists | null> =>
  new Map(
    Object.entries(entries).map(([k, v]) => [
      k,
      v && { all: Int32Array.from(v[0]), title: Int32Array.from(v[1]), frequent: Int32Array.from(v[2] ?? []), positionsCost: v[3] === undefined ? 0 : v[3] },
    ]),
  );

/** Positions aligned with a list: one array of offsets per article. */
const at = (...perArticle: number[][]): PositionLists => {
  const starts = [0];
  for (const offsets of perArticle) starts.push(starts.at(-1)! + offsets.length);
  return { starts: Int32Array.from(starts), offsets: Int32Array.from(perArticle.flat()) };
};

const FIGURE = '0123456789abcdefghijklmnopqrstuvwxyz.%+-';
/** A trigram's key string, as search-text.ts spells it: "\u0000" and 1 + its base-40 value. */
const trigram = (t: string) => `\u0000${String.fromCharCode(1 + [...t].reduce((v, c) => v * 40 + FIGURE.indexOf(c), 0))}`;

describe('planSearch', () => {
  it.each([
    ['two characters: one key', '茅台', ['茅台']],
    ['two words of two', '茅台 白酒', ['茅台', '白酒']],
    ['three characters: two keys', '中关村', ['中关', '关村']],
    ['digits: their trigrams', '600519', ['600', '005', '051', '519'].map(trigram)],
    ['three letters: one trigram', 'ETF', ['etf'].map(trigram)],
    ['digits beside Chinese: the bigram where they meet', 'a股', ['a股']],
    ['a figure with its signs: one trigram', '.1%', ['.1%'].map(trigram)],
    ['a figure in Chinese text', '长9.7', ['长9', ...['9.7'].map(trigram)]],
    ['one character beside a word: its key only', '茅台 酒', ['茅台']],
  ])('%s', (_name, query, keys) => {
    expect(planSearch(query).keys).toEqual(keys);
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
    const result = searchCandidates(
      plan,
      lists({
        中关: [
          [1, 3, 5, 7],
          [3, 7],
        ],
        关村: [
          [3, 4, 5, 7],
          [3, 5],
        ],
      }),
    );
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

describe('planChecks', () => {
  it.each([
    ['a word of one key needs no positions', '茅台', {}, ['key'], []],
    ['a longer word is covered by the positions of its cheapest keys', '中关村', {}, ['cover'], ['中关', '关村']],
    ['a four-character word by its first and last keys', '知识产权', {}, ['cover'], ['知识', '产权']],
    ['a key without positions leaves the word to the text', '知识产权', { 知识: null }, ['text'], []],
    ['but a cover around it is used when there is one', '中关村', { 中关: 1, 关村: 0 }, ['cover'], ['中关', '关村']],
    ['a one-character term is left to the text', '茅台 酒', {}, ['key', 'text'], []],
    ['a code by its first and last trigrams', '600519', {}, ['cover'], ['600', '519'].map(trigram)],
  ])('%s', (_name, query, costs: Record<string, number | null>, kinds, keys) => {
    const plan = planSearch(query);
    const found = new Map(
      plan.keys.map((k): [string, KeyLists] => [
        k,
        { all: new Int32Array(0), title: new Int32Array(0), frequent: new Int32Array(0), positionsCost: k in costs ? costs[k]! : 0 },
      ]),
    );
    const { checks, positionKeys, decided } = planChecks(plan, found);
    expect(checks.map((c) => c.kind)).toEqual(kinds);
    expect(positionKeys).toEqual(keys);
    expect(decided).toBe(!kinds.includes('text'));
  });
});

describe('checkCandidates', () => {
  const plan = planSearch('中关村');
  const found = lists({ 中关: [[1, 3, 5], []], 关村: [[1, 3, 5], []] });
  const { checks } = planChecks(plan, found);

  it('keeps the candidates whose keys stand side by side, and drops the others', () => {
    const positions = new Map([
      ['中关', at([4], [10, 30], [7])],
      ['关村', at([5], [2, 40], [9])],
    ]);
    // 1: 中关 at 4, 关村 at 5 — a match. 3: 关村 never right after 中关. 5: apart.
    expect(checkCandidates(Int32Array.from([1, 3, 5]), checks, found, positions)).toEqual({
      matches: Int32Array.from([1]),
      unverified: new Int32Array(0),
    });
  });

  it('finds the match at any occurrence, not only the first', () => {
    const positions = new Map([
      ['中关', at([0, 20, 50])],
      ['关村', at([3, 51])],
    ]);
    const one = lists({ 中关: [[8], []], 关村: [[8], []] });
    expect(checkCandidates(Int32Array.from([8]), planChecks(plan, one).checks, one, positions).matches).toEqual(Int32Array.from([8]));
  });

  it('leaves to the text the candidates of a term the index cannot decide, unless another term refutes them', () => {
    const query = planSearch('中关村 知识产权');
    const mixed = lists({ 中关: [[1, 3], []], 关村: [[1, 3], []], 知识: [[1, 3], [], [], null], 识产: [[1, 3], []], 产权: [[1, 3], []] });
    const { checks: mixedChecks, decided } = planChecks(query, mixed);
    expect(decided).toBe(false);
    const positions = new Map([
      ['中关', at([0], [0])],
      ['关村', at([1], [9])],
    ]);
    expect(checkCandidates(Int32Array.from([1, 3]), mixedChecks, mixed, positions)).toEqual({
      matches: new Int32Array(0),
      unverified: Int32Array.from([1]),
    });
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
