import { beforeEach, describe, expect, it } from 'vitest';

import { parseListFilters } from '../../shared/list-filters';
import { readWhileViewing, unreadListKey } from './read-while-viewing';

const unread = parseListFilters('?unread=1');
const unreadFinance = parseListFilters('?category=金融&unread=1');

describe('unreadListKey', () => {
  it('names 只看未读 lists by their filters, whatever the segment or the order of parameters', () => {
    expect(unreadListKey('?unread=1&from=2022-03-01')).toBe('?unread=1');
    expect(unreadListKey('?unread=1&category=金融')).toBe(unreadListKey(unreadFinance));
    expect(unreadListKey('?category=金融')).toBeNull();
    expect(unreadListKey('')).toBeNull();
  });
});

describe('readWhileViewing', () => {
  beforeEach(() => readWhileViewing.visit(null));

  it('keeps what was read on the list being viewed, for that list only', () => {
    readWhileViewing.visit('?unread=1');
    readWhileViewing.keep('?unread=1', 'a');
    readWhileViewing.keep('?unread=1&from=2022-03-01', 'b');
    expect([...readWhileViewing.keptBy(unread)]).toEqual(['a', 'b']);
    expect(readWhileViewing.keptBy(unreadFinance).size).toBe(0);
    expect(readWhileViewing.keptBy(parseListFilters('')).size).toBe(0);
  });

  it('keeps nothing for lists that show read articles anyway', () => {
    readWhileViewing.keep('?category=金融', 'a');
    expect(readWhileViewing.keptBy(parseListFilters('?category=金融')).size).toBe(0);
  });

  it('forgets when the page goes elsewhere, and on 全部标为已读', () => {
    readWhileViewing.keep('?unread=1', 'a');
    readWhileViewing.visit('?unread=1');
    expect(readWhileViewing.keptBy(unread).size).toBe(1);
    readWhileViewing.visit(null);
    readWhileViewing.visit('?unread=1');
    expect(readWhileViewing.keptBy(unread).size).toBe(0);
    readWhileViewing.keep('?unread=1', 'b');
    readWhileViewing.forget();
    expect(readWhileViewing.keptBy(unread).size).toBe(0);
  });

  it('starts afresh on another list', () => {
    readWhileViewing.keep('?unread=1', 'a');
    readWhileViewing.keep('?category=金融&unread=1', 'b');
    expect(readWhileViewing.keptBy(unread).size).toBe(0);
    expect([...readWhileViewing.keptBy(unreadFinance)]).toEqual(['b']);
  });

  it('keeps the same set until it changes, so the list it feeds is not recomputed', () => {
    readWhileViewing.visit('?unread=1');
    readWhileViewing.keep('?unread=1', 'a');
    const kept = readWhileViewing.keptBy(unread);
    readWhileViewing.keep('?unread=1', 'a');
    readWhileViewing.visit('?unread=1');
    expect(readWhileViewing.keptBy(unread)).toBe(kept);
  });
});
