import { describe, expect, it } from 'vitest';

import { testMeta } from '../../shared/test-articles';
import { isReadBy, ruleSelects } from './is-read-by';
import type { ReadRule, ReadState } from './read-state-query';

const meta = testMeta('20220315-a', { date: '2022-03-15T02:30:00.000Z' });
const rule = (readAt: number, overrides: Partial<ReadRule> = {}): ReadRule => ({
  id: `rule-${readAt}`,
  readAt,
  categories: [],
  stock: null,
  cut: { id: '20220316-z', date: '2022-03-16T00:00:00.000Z' },
  ...overrides,
});
const state = (parts: Partial<Pick<ReadState, 'ids' | 'unread' | 'rules'>>) => ({
  ids: new Set<string>(),
  unread: new Map<string, number>(),
  rules: [],
  ...parts,
});

describe('isReadBy', () => {
  it('counts an opened article read', () => {
    expect(isReadBy(state({ ids: new Set([meta.id]) }), meta)).toBe(true);
    expect(isReadBy(state({}), meta)).toBe(false);
  });

  it('counts an article a 全部标为已读 covers read, up to its cut', () => {
    expect(isReadBy(state({ rules: [rule(10)] }), meta)).toBe(true);
    expect(isReadBy(state({ rules: [rule(10, { cut: { id: '20220314-a', date: '2022-03-14T00:00:00.000Z' } })] }), meta)).toBe(false);
  });

  it('lets an unread mark beat the rules made before it', () => {
    expect(isReadBy(state({ rules: [rule(10)], unread: new Map([[meta.id, 20]]) }), meta)).toBe(false);
  });

  it('lets a later 全部标为已读 cover an article marked unread again', () => {
    expect(isReadBy(state({ rules: [rule(10), rule(30)], unread: new Map([[meta.id, 20]]) }), meta)).toBe(true);
  });

  it('leaves other articles to the rules', () => {
    expect(isReadBy(state({ rules: [rule(10)], unread: new Map([['20220315-b', 20]]) }), meta)).toBe(true);
  });
});

describe('ruleSelects', () => {
  it('selects by category (and below) and by stock', () => {
    expect(ruleSelects({ categories: ['金融'], stock: null }, meta)).toBe(true);
    expect(ruleSelects({ categories: ['金融/新浪财经'], stock: null }, meta)).toBe(true);
    expect(ruleSelects({ categories: ['科技'], stock: null }, meta)).toBe(false);
    expect(ruleSelects({ categories: [], stock: 'sz000931' }, meta)).toBe(true);
    expect(ruleSelects({ categories: [], stock: 'sh600519' }, meta)).toBe(false);
  });
});
