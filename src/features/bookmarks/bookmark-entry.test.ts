import { describe, expect, it } from 'vitest';

import {
  bookmarkCategories,
  filterBookmarksByCategories,
  mergeBookmark,
  needsRefresh,
  newBookmark,
  sortBookmarks,
  withArticle,
  type BookmarkEntry,
} from './bookmark-entry';
import { testArticle, testMeta } from '../../shared/test-articles';

const T0 = Date.parse('2022-03-15T00:00:00Z');
const HOUR = 3600_000;

function entry(id: string, patch: Partial<BookmarkEntry> = {}): BookmarkEntry {
  const article = testArticle(id);
  return { ...newBookmark(id, { article, meta: null, now: T0 }), ...patch };
}

describe('newBookmark / withArticle / needsRefresh', () => {
  it('keeps the whole article with its metadata and rev', () => {
    const article = testArticle('a');
    const saved = newBookmark('a', { article, meta: null, now: T0 });
    expect(saved).toEqual({ id: 'a', savedAt: T0, article, meta: testMeta('a'), rev: 'rev0000001', refreshedAt: T0, missingSince: null });
    expect(saved.meta).not.toHaveProperty('html');
  });

  it('keeps the metadata alone when the article could not be had', () => {
    expect(newBookmark('a', { article: null, meta: testMeta('a'), now: T0 })).toMatchObject({
      article: null,
      meta: testMeta('a'),
      rev: null,
      refreshedAt: null,
    });
  });

  it('a refreshed copy replaces the old one, keeps savedAt and clears missingSince', () => {
    const old = entry('a', { missingSince: T0 + HOUR });
    const newer = testArticle('a', { rev: 'rev-2', title: '新标题' });
    expect(withArticle(old, newer, T0 + 2 * HOUR)).toEqual({
      ...old,
      article: newer,
      meta: testMeta('a', { rev: 'rev-2', title: '新标题' }),
      rev: 'rev-2',
      refreshedAt: T0 + 2 * HOUR,
      missingSince: null,
    });
  });

  it.each([
    { hasArticle: false, stored: null, bundle: 'r1', expected: true },
    { hasArticle: false, stored: null, bundle: null, expected: true },
    { hasArticle: true, stored: 'r1', bundle: 'r1', expected: false },
    { hasArticle: true, stored: 'r1', bundle: 'r2', expected: true },
    { hasArticle: true, stored: 'r1', bundle: null, expected: false },
  ])('needsRefresh($hasArticle, $stored, $bundle) is $expected', ({ hasArticle, stored, bundle, expected }) => {
    expect(needsRefresh(hasArticle, stored, bundle)).toBe(expected);
  });
});

describe('mergeBookmark', () => {
  const stored = entry('a', { savedAt: T0, refreshedAt: T0 + HOUR });
  const newerCopy = { ...entry('a'), article: testArticle('a', { rev: 'rev-2' }), rev: 'rev-2', refreshedAt: T0 + 5 * HOUR, savedAt: T0 - HOUR };
  const olderCopy = { ...entry('a'), article: testArticle('a', { rev: 'rev-0' }), rev: 'rev-0', refreshedAt: T0, savedAt: T0 + 9 * HOUR };
  const idOnly: BookmarkEntry = { id: 'a', savedAt: T0 + HOUR, article: null, meta: null, rev: null, refreshedAt: null, missingSince: null };

  it.each<{ name: string; existing: BookmarkEntry | undefined; incoming: BookmarkEntry; change: string; expected: Partial<BookmarkEntry> }>([
    { name: 'a new id is added as it is', existing: undefined, incoming: idOnly, change: 'added', expected: idOnly },
    { name: 'the same entry changes nothing', existing: stored, incoming: stored, change: 'unchanged', expected: stored },
    {
      name: 'a newer copy of the article wins; savedAt stays the later',
      existing: stored,
      incoming: newerCopy,
      change: 'updated',
      expected: { rev: 'rev-2', refreshedAt: T0 + 5 * HOUR, savedAt: T0, article: newerCopy.article },
    },
    {
      name: 'an older copy loses, but a later savedAt is taken',
      existing: stored,
      incoming: olderCopy,
      change: 'updated',
      expected: { rev: 'rev0000001', refreshedAt: T0 + HOUR, savedAt: T0 + 9 * HOUR, article: stored.article },
    },
    {
      name: 'an entry without article never replaces one with it',
      existing: stored,
      incoming: { ...idOnly, savedAt: T0 - HOUR },
      change: 'unchanged',
      expected: stored,
    },
    {
      name: 'an article replaces an id alone',
      existing: idOnly,
      incoming: { ...stored, savedAt: T0 },
      change: 'updated',
      expected: { article: stored.article, rev: 'rev0000001', savedAt: T0 + HOUR },
    },
    {
      name: 'metadata replaces an id alone',
      existing: idOnly,
      incoming: { ...idOnly, meta: testMeta('a') },
      change: 'updated',
      expected: { meta: testMeta('a'), article: null },
    },
    {
      name: 'missingSince stays what this device found',
      existing: { ...stored, missingSince: T0 },
      incoming: newerCopy,
      change: 'updated',
      expected: { missingSince: T0, rev: 'rev-2' },
    },
  ])('$name', ({ existing, incoming, change, expected }) => {
    const merged = mergeBookmark(existing, incoming);
    expect(merged.change).toBe(change);
    expect(merged.entry).toMatchObject(expected);
  });

  it('is the identity on unchanged, so callers can skip the write', () => {
    expect(mergeBookmark(stored, { ...olderCopy, savedAt: T0 }).entry).toBe(stored);
  });

  it('never loses an id: merging a set into another keeps the union', () => {
    const mine = new Map([
      ['a', stored],
      ['b', entry('b')],
    ]);
    for (const incoming of [newerCopy, entry('c'), { ...idOnly, id: 'd' }]) {
      mine.set(incoming.id, mergeBookmark(mine.get(incoming.id), incoming).entry);
    }
    expect([...mine.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('sortBookmarks', () => {
  const a = entry('a', { savedAt: T0 + 1, meta: testMeta('a', { date: '2022-01-01T00:00:00.000Z' }) });
  const b = entry('b', { savedAt: T0 + 3, meta: testMeta('b', { date: '2021-06-01T00:00:00.000Z' }) });
  const c = entry('c', { savedAt: T0 + 2, meta: testMeta('c', { date: '2022-03-01T00:00:00.000Z' }) });
  const unknown = { ...entry('d', { savedAt: T0 + 4 }), meta: null };

  it('newest saved first', () => {
    expect(sortBookmarks([a, b, c, unknown], 'saved').map((e) => e.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('by article date, newest first; unknown dates last', () => {
    expect(sortBookmarks([a, b, unknown, c], 'date').map((e) => e.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('bookmarkCategories / filterBookmarksByCategories', () => {
  const finance = entry('f');
  const hk = entry('h', { meta: testMeta('h', { categories: [['金融', '新浪财经', '新浪财经－港股']] }) });
  const both = entry('t', {
    meta: testMeta('t', {
      categories: [
        ['金融', '新浪财经', '新浪财经－国內'],
        ['科技', '新浪科技'],
      ],
    }),
  });
  const none = entry('n', { meta: testMeta('n', { categories: [] }) });
  const all = [finance, hk, both, none];

  it('lists the categories present to two levels, each article counted once per node', () => {
    expect(bookmarkCategories(all)).toEqual([
      { path: '金融', name: '金融', depth: 1, count: 3 },
      { path: '金融/新浪财经', name: '新浪财经', depth: 2, count: 3 },
      { path: '科技', name: '科技', depth: 1, count: 1 },
      { path: '科技/新浪科技', name: '新浪科技', depth: 2, count: 1 },
    ]);
  });

  it.each([
    { categories: [], ids: ['f', 'h', 't', 'n'] },
    { categories: ['金融'], ids: ['f', 'h', 't'] },
    { categories: ['金融/新浪财经/新浪财经－港股'], ids: ['h'] },
    { categories: ['科技', '金融/新浪财经/新浪财经－港股'], ids: ['h', 't'] },
    { categories: ['金'], ids: [] },
  ])('filter $categories → $ids', ({ categories, ids }) => {
    expect(filterBookmarksByCategories(all, categories).map((e) => e.id)).toEqual(ids);
  });
});
