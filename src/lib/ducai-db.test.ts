import { describe, expect, it } from 'vitest';

import { testArticle } from '../shared/test-articles';
import { DUCAI_DB_VERSION, MIGRATIONS, metaOfArticle, upgradeBookmarkV1 } from './ducai-db';

const article = testArticle('a', { stocks: [], images: [], headImage: null, rev: 'r1' });

describe('the schema', () => {
  it('has one migration per version, in order, ending at the current version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: DUCAI_DB_VERSION }, (_, i) => i + 1));
  });
});

describe('upgradeBookmarkV1', () => {
  const NOW = 1_700_000_000_000;

  it('keeps the article and adds what v2 records have', () => {
    expect(upgradeBookmarkV1({ id: 'a', savedAt: 5, article, rev: 'r1' }, 'a', NOW)).toEqual({
      id: 'a',
      savedAt: 5,
      article,
      meta: metaOfArticle(article),
      rev: 'r1',
      refreshedAt: 5,
      missingSince: null,
    });
  });

  it('keeps a bookmark of the id alone', () => {
    expect(upgradeBookmarkV1({ id: 'b', savedAt: 5, article: null, rev: null }, 'b', NOW)).toEqual({
      id: 'b',
      savedAt: 5,
      article: null,
      meta: null,
      rev: null,
      refreshedAt: null,
      missingSince: null,
    });
  });

  it.each([
    ['garbage', 'x'],
    [null, 'x'],
    [{ savedAt: 'soon', article: { title: 1 } }, 'x'],
  ])('never drops a bookmark, whatever the record (%o)', (value, key) => {
    expect(upgradeBookmarkV1(value, key, NOW)).toEqual({
      id: key,
      savedAt: NOW,
      article: null,
      meta: null,
      rev: null,
      refreshedAt: null,
      missingSince: null,
    });
  });

  it('takes the rev from the article when the record has none', () => {
    expect(upgradeBookmarkV1({ id: 'a', savedAt: 5, article }, 'a', NOW).rev).toBe('r1');
  });
});
