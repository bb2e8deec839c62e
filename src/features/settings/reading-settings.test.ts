// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { queryClient } from '../../lib/query-client';
import {
  DEFAULT_READING_SETTINGS,
  READING_SETTINGS_STORAGE_KEY,
  LONG_ARTICLE_CHARS,
  cycleTheme,
  marksFirstOnly,
  readingSettingsQueryOptions,
  resolveTheme,
  setFontSize,
  setListDensity,
  setMarkReadOnScroll,
  setStockMarks,
  setTheme,
  type ThemeChoice,
} from './reading-settings';

function stored(): unknown {
  return JSON.parse(localStorage.getItem(READING_SETTINGS_STORAGE_KEY) ?? 'null');
}

function prefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query.includes('dark'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

/** A tab opening afresh: the settings query reads storage again. */
function openTab() {
  queryClient.removeQueries({ queryKey: readingSettingsQueryOptions().queryKey });
}

beforeEach(() => {
  localStorage.clear();
  openTab();
  prefersDark(false);
});

describe('reading settings', () => {
  it('saves changes, keeping the other fields', () => {
    setTheme('sepia');
    setFontSize(3);
    expect(stored()).toEqual({ ...DEFAULT_READING_SETTINGS, theme: 'sepia', fontSize: 3 });
  });

  it('clamps the font size to the steps there are', () => {
    setFontSize(9);
    expect(stored()).toMatchObject({ fontSize: 3 });
    setFontSize(-2);
    expect(stored()).toMatchObject({ fontSize: 0 });
  });

  it('reads a corrupt or foreign value as the defaults, field by field', () => {
    localStorage.setItem(READING_SETTINGS_STORAGE_KEY, JSON.stringify({ theme: 'neon', fontSize: 2, highlightStocks: 'yes' }));
    openTab();
    setFontSize(2); // any write goes through the forgiving read
    expect(stored()).toEqual({ ...DEFAULT_READING_SETTINGS, fontSize: 2 });
    localStorage.setItem(READING_SETTINGS_STORAGE_KEY, '{not json');
    openTab();
    setTheme('dark');
    expect(stored()).toEqual({ ...DEFAULT_READING_SETTINGS, theme: 'dark' });
  });

  it('keeps the stock marks and the list density, and reads unknown ones as the defaults', () => {
    setStockMarks('first');
    setListDensity('compact');
    expect(stored()).toMatchObject({ stockMarks: 'first', listDensity: 'compact' });
    localStorage.setItem(READING_SETTINGS_STORAGE_KEY, JSON.stringify({ stockMarks: 'some', listDensity: 'tiny' }));
    openTab();
    setFontSize(1);
    expect(stored()).toMatchObject({ stockMarks: 'auto', listDensity: 'comfortable' });
  });

  it('applies a change in this tab when storage refuses to keep it', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    setTheme('sepia');
    setFontSize(0);
    setItem.mockRestore();
    expect(localStorage.getItem(READING_SETTINGS_STORAGE_KEY)).toBeNull();
    expect(queryClient.getQueryData(readingSettingsQueryOptions().queryKey)).toEqual({ ...DEFAULT_READING_SETTINGS, theme: 'sepia', fontSize: 0 });
  });

  it('keeps 滚动经过即标为已读 off unless the reader turns it on', () => {
    setFontSize(1);
    expect(stored()).toMatchObject({ markReadOnScroll: false });
    setMarkReadOnScroll(true);
    expect(stored()).toMatchObject({ markReadOnScroll: true });
  });

  it.each([
    { choice: 'all', chars: 90_000, firstOnly: false },
    { choice: 'first', chars: 100, firstOnly: true },
    { choice: 'auto', chars: LONG_ARTICLE_CHARS, firstOnly: false },
    { choice: 'auto', chars: LONG_ARTICLE_CHARS + 1, firstOnly: true },
  ] as const)('$choice in $chars characters: first mentions only is $firstOnly', ({ choice, chars, firstOnly }) => {
    expect(marksFirstOnly(choice, chars)).toBe(firstOnly);
  });

  it.each<[ThemeChoice, boolean, string]>([
    ['system', false, 'light'],
    ['system', true, 'dark'],
    ['sepia', true, 'sepia'],
    ['light', true, 'light'],
  ])('resolves %s (system dark: %s) to %s', (choice, dark, resolved) => {
    expect(resolveTheme(choice, dark)).toBe(resolved);
  });

  it.each<[boolean, ThemeChoice[]]>([
    // A light system: "light" after "system" would look the same, so it is skipped.
    [false, ['sepia', 'dark', 'system', 'sepia']],
    // A dark system: "dark" after "sepia" is a change, "system" after "dark" is not.
    [true, ['light', 'sepia', 'dark', 'light']],
  ])('cycles themes with a visible change every time (system dark: %s)', (dark, expected) => {
    prefersDark(dark);
    const seen: unknown[] = [];
    for (let i = 0; i < expected.length; i += 1) {
      cycleTheme();
      seen.push((stored() as { theme: string }).theme);
    }
    expect(seen).toEqual(expected);
  });
});
