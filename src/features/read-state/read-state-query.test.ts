import { describe, expect, it } from 'vitest';

import { applyReadWrite, type ReadRule, type ReadState } from './read-state-query';

const empty: ReadState = { ids: new Set(), unread: new Map(), rules: [], revision: 0 };
const rule = (id: string): ReadRule => ({ id, readAt: 1, categories: [], stock: null, cut: { id: 'x', date: '2022-02-10T12:00:00Z' } });

describe('applyReadWrite', () => {
  it('a read mark takes the article out of unread, an unread mark out of read', () => {
    const read = applyReadWrite(empty, { kind: 'mark', mark: { id: 'a', readAt: 1 } });
    expect([...read.ids]).toEqual(['a']);
    const unread = applyReadWrite(read, { kind: 'mark', mark: { id: 'a', readAt: 2, unread: true } });
    expect(unread.ids.has('a')).toBe(false);
    expect(unread.unread.get('a')).toBe(2);
    const again = applyReadWrite(unread, { kind: 'mark', mark: { id: 'a', readAt: 3 } });
    expect(again.ids.has('a')).toBe(true);
    expect(again.unread.has('a')).toBe(false);
  });

  it('adds a rule once and removes exactly it', () => {
    const one = applyReadWrite(empty, { kind: 'rule', rule: rule('r1') });
    const same = applyReadWrite(one, { kind: 'rule', rule: rule('r1') });
    const two = applyReadWrite(same, { kind: 'rule', rule: rule('r2') });
    expect(two.rules.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(applyReadWrite(two, { kind: 'unrule', ruleId: 'r1' }).rules.map((r) => r.id)).toEqual(['r2']);
  });

  it('gives every change a new revision and leaves the state it was given alone', () => {
    const next = applyReadWrite(empty, { kind: 'mark', mark: { id: 'a', readAt: 1 } });
    expect(next.revision).not.toBe(empty.revision);
    expect(empty.ids.size).toBe(0);
  });
});
