import { describe, expect, it } from 'vitest';

import type { BookmarkEntry } from './bookmark-entry';
import {
  BOOKMARKS_FILE_FORMAT,
  BOOKMARKS_FILE_VERSION,
  bookmarksFileName,
  parseBookmarksFile,
  serializeBookmarksFile,
  type BookmarksFileProblem,
} from './bookmark-file';
import { testArticle, testMeta } from '../../shared/test-articles';

// What a bookmark saves: the article's own content, without its place in a bundle.
const { neighbours: _neighbours, ...article } = testArticle('20220315-aaaaaaaaaaaa');
const saved: BookmarkEntry = {
  id: article.id,
  savedAt: Date.parse('2022-03-15T04:00:00.000Z'),
  article,
  meta: testMeta(article.id),
  rev: article.rev,
  refreshedAt: Date.parse('2022-03-15T05:00:00.000Z'),
  missingSince: Date.parse('2022-03-16T00:00:00.000Z'),
};
const idOnly: BookmarkEntry = {
  id: '20220101-bbbbbbbbbbbb',
  savedAt: Date.parse('2022-01-02T00:00:00.000Z'),
  article: null,
  meta: null,
  rev: null,
  refreshedAt: null,
  missingSince: null,
};
const metaOnly: BookmarkEntry = { ...idOnly, id: '20220102-cccccccccccc', meta: testMeta('20220102-cccccccccccc') };

const goodFile = JSON.parse(serializeBookmarksFile([saved, idOnly, metaOnly], new Date('2022-03-16T00:00:00Z'))) as {
  bookmarks: Record<string, unknown>[];
} & Record<string, unknown>;

function withEntry(i: number, patch: Record<string, unknown>) {
  return JSON.stringify({ ...goodFile, bookmarks: goodFile.bookmarks.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
}

describe('serializeBookmarksFile / parseBookmarksFile', () => {
  it('round-trips every entry; missingSince is this device’s and is not carried', () => {
    const parsed = parseBookmarksFile(serializeBookmarksFile([saved, idOnly, metaOnly], new Date('2022-03-16T00:00:00Z')));
    // The article's optional fields come back as what they mean when absent: null.
    const article = { ...saved.article!, originalTitle: null, sourceUrl: null };
    expect(parsed).toEqual({
      ok: true,
      exportedAt: '2022-03-16T00:00:00.000Z',
      entries: [{ ...saved, article, missingSince: null }, idOnly, metaOnly],
    });
  });

  it('writes the documented header', () => {
    expect(goodFile).toMatchObject({ format: BOOKMARKS_FILE_FORMAT, version: BOOKMARKS_FILE_VERSION, exportedAt: '2022-03-16T00:00:00.000Z' });
    expect(goodFile.bookmarks[0]).toMatchObject({ id: saved.id, savedAt: '2022-03-15T04:00:00.000Z', refreshedAt: '2022-03-15T05:00:00.000Z' });
  });

  it('accepts a BOM and an empty list', () => {
    expect(parseBookmarksFile(`\ufeff${JSON.stringify({ ...goodFile, bookmarks: [] })}`)).toMatchObject({ ok: true, entries: [] });
  });

  const { rev: _rev, ...articleWithoutRev } = article;
  it.each<{ name: string; raw: string; problem: BookmarksFileProblem; detail?: RegExp }>([
    { name: 'corrupt JSON', raw: '{"format": "ducai-bookmarks", "version": 1, "bookm', problem: 'corrupt' },
    { name: 'an empty file', raw: '', problem: 'corrupt' },
    { name: 'a JSON list', raw: '[]', problem: 'not-bookmarks' },
    { name: 'JSON null', raw: 'null', problem: 'not-bookmarks' },
    { name: 'another format', raw: JSON.stringify({ ...goodFile, format: 'pocket' }), problem: 'not-bookmarks' },
    { name: 'no format', raw: JSON.stringify({ version: 1, bookmarks: [] }), problem: 'not-bookmarks' },
    { name: 'a newer version', raw: JSON.stringify({ ...goodFile, version: 2 }), problem: 'version', detail: /version 2, expected 1/ },
    { name: 'version as a string', raw: JSON.stringify({ ...goodFile, version: '1' }), problem: 'version' },
    { name: 'no version', raw: JSON.stringify({ ...goodFile, version: undefined }), problem: 'version', detail: /missing/ },
    { name: 'bookmarks not a list', raw: JSON.stringify({ ...goodFile, bookmarks: {} }), problem: 'invalid' },
    {
      name: 'an entry that is not an object',
      raw: JSON.stringify({ ...goodFile, bookmarks: [42] }),
      problem: 'invalid',
      detail: /bookmarks\[0\] is not an object/,
    },
    { name: 'an entry without id', raw: withEntry(1, { id: '' }), problem: 'invalid', detail: /bookmarks\[1\]\.id/ },
    { name: 'a savedAt that is no date', raw: withEntry(1, { savedAt: 'yesterday' }), problem: 'invalid', detail: /savedAt is not an ISO date/ },
    { name: 'savedAt as a number', raw: withEntry(1, { savedAt: 1647316800000 }), problem: 'invalid' },
    { name: 'an article without html', raw: withEntry(0, { article: { ...article, html: undefined } }), problem: 'invalid', detail: /article\.html/ },
    { name: 'an article without rev', raw: withEntry(0, { article: articleWithoutRev }), problem: 'invalid', detail: /article\.rev/ },
    {
      name: 'an article of another id',
      raw: withEntry(0, { article: { ...article, id: '20220102-dddddddddddd' } }),
      problem: 'invalid',
      detail: /article\.id is 20220102-dddddddddddd/,
    },
    {
      name: 'meta of another id',
      raw: withEntry(2, { meta: testMeta('20220102-dddddddddddd') }),
      problem: 'invalid',
      detail: /meta\.id is 20220102-dddddddddddd/,
    },
    {
      name: 'a stock of an unknown market',
      raw: withEntry(2, { meta: { ...testMeta(metaOnly.id), stocks: [{ code: 'x', market: 'MOON', symbol: 'x', name: 'x' }] } }),
      problem: 'invalid',
    },
    {
      name: 'a javascript: image',
      raw: withEntry(0, { article: { ...article, images: ['javascript:alert(1)'] } }),
      problem: 'invalid',
      detail: /images\[0\] is not an https or root-relative URL/,
    },
    { name: 'a protocol-relative head image', raw: withEntry(2, { meta: testMeta(metaOnly.id, { headImage: '//evil.example/x.png' }) }), problem: 'invalid' },
    {
      name: 'an id that is a path, not an article id',
      raw: withEntry(1, { id: '../manifest' }),
      problem: 'invalid',
      detail: /bookmarks\[1\]\.id is not an article id/,
    },
    {
      name: 'a stock code of no known shape (issue 12, 6)',
      raw: withEntry(2, { meta: { ...testMeta(metaOnly.id), stocks: [{ code: 'constructor', market: 'OTHER', symbol: 'constructor', name: 'x' }] } }),
      problem: 'invalid',
    },
    { name: 'an http head image', raw: withEntry(2, { meta: testMeta(metaOnly.id, { headImage: 'http://n.sinaimg.cn/a.jpg' }) }), problem: 'invalid' },
    { name: 'a duplicate id', raw: withEntry(2, { id: idOnly.id, meta: null }), problem: 'duplicate', detail: new RegExp(idOnly.id) },
  ])('refuses $name as $problem', ({ raw, problem, detail }) => {
    const parsed = parseBookmarksFile(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toBe(problem);
    if (detail) expect(parsed.detail).toMatch(detail);
  });

  it('fills refreshedAt from savedAt when a file has an article but no refresh time', () => {
    const parsed = parseBookmarksFile(withEntry(0, { refreshedAt: null }));
    expect(parsed.ok && parsed.entries[0]!.refreshedAt).toBe(saved.savedAt);
  });

  it('drops fields it does not know', () => {
    const parsed = parseBookmarksFile(withEntry(1, { evil: '<script>' }));
    expect(parsed.ok && Object.keys(parsed.entries[1]!)).not.toContain('evil');
  });
});

describe('bookmarksFileName', () => {
  it.each([
    ['2022-03-15T04:00:00Z', 'ducai-bookmarks-20220315.json'],
    // 16:30 UTC is already the next day in Beijing.
    ['2021-12-31T16:30:00Z', 'ducai-bookmarks-20220101.json'],
  ])('%s → %s', (iso, name) => {
    expect(bookmarksFileName(new Date(iso))).toBe(name);
  });
});
