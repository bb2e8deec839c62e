import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';

import { queryClient } from '../../lib/query-client';

/**
 * The reader's settings: font size, font, theme and stock highlighting. Persisted in
 * localStorage and shared by every tab (the `storage` event), held by the query client
 * like the rest of the client state, so every component sees the same value in the same
 * render. The setters are plain functions (the `t` shortcut and the header's button call
 * cycleTheme outside any component): they write through the app's one QueryClient.
 *
 * index.html applies the saved theme before first paint with a copy of the key and of
 * the theme names below: change them together.
 */
export const READING_SETTINGS_STORAGE_KEY = 'ducai:reading-settings:v1';

export const THEME_CHOICES = ['system', 'light', 'sepia', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
/** What `data-theme` on <html> holds: a choice with "system" resolved. */
export type ResolvedTheme = Exclude<ThemeChoice, 'system'>;

export const FONT_FAMILIES = ['sans', 'serif'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

/** Steps of the body text size, smallest first; the index is what is stored. */
export const FONT_SIZE_STEPS = 4;

/**
 * Which mentions of a stock are highlighted: every one, only the first of each stock,
 * or `auto` — the first only in long articles, where real posts repeat a name seven
 * times in three lines.
 */
export const STOCK_MARK_CHOICES = ['auto', 'all', 'first'] as const;
export type StockMarkChoice = (typeof STOCK_MARK_CHOICES)[number];
/** Above this many characters `auto` marks first mentions only. */
export const LONG_ARTICLE_CHARS = 1500;

/** The list's rows: 舒适 (summary, chips, thumbnail) or 紧凑 (title and meta line). */
export const LIST_DENSITIES = ['comfortable', 'compact'] as const;
export type ListDensity = (typeof LIST_DENSITIES)[number];

export interface ReadingSettings {
  /** 0 … FONT_SIZE_STEPS - 1. */
  readonly fontSize: number;
  readonly fontFamily: FontFamily;
  readonly theme: ThemeChoice;
  readonly highlightStocks: boolean;
  readonly stockMarks: StockMarkChoice;
  readonly listDensity: ListDensity;
  /** Articles scrolled past in a list count as read (off by default). */
  readonly markReadOnScroll: boolean;
}

export const DEFAULT_READING_SETTINGS: ReadingSettings = Object.freeze({
  fontSize: 1,
  fontFamily: 'sans',
  theme: 'system',
  highlightStocks: true,
  stockMarks: 'auto',
  listDensity: 'comfortable',
  markReadOnScroll: false,
});

/** Whether only each stock's first mention is highlighted in an article of `charCount` characters. */
export function marksFirstOnly(choice: StockMarkChoice, charCount: number): boolean {
  return choice === 'first' || (choice === 'auto' && charCount > LONG_ARTICLE_CHARS);
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Forgiving: each field that is missing or wrong falls back to its default. */
function parseSettings(raw: string | null): ReadingSettings {
  let value: unknown = null;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    // A corrupt value reads as the defaults and is replaced on the next change.
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_READING_SETTINGS;
  const record: Partial<Record<keyof ReadingSettings, unknown>> = value;
  const { fontSize, fontFamily, theme, highlightStocks, stockMarks, listDensity, markReadOnScroll } = record;
  return {
    fontSize:
      typeof fontSize === 'number' && Number.isInteger(fontSize) && fontSize >= 0 && fontSize < FONT_SIZE_STEPS ? fontSize : DEFAULT_READING_SETTINGS.fontSize,
    fontFamily: isOneOf(FONT_FAMILIES, fontFamily) ? fontFamily : DEFAULT_READING_SETTINGS.fontFamily,
    theme: isOneOf(THEME_CHOICES, theme) ? theme : DEFAULT_READING_SETTINGS.theme,
    highlightStocks: typeof highlightStocks === 'boolean' ? highlightStocks : DEFAULT_READING_SETTINGS.highlightStocks,
    stockMarks: isOneOf(STOCK_MARK_CHOICES, stockMarks) ? stockMarks : DEFAULT_READING_SETTINGS.stockMarks,
    listDensity: isOneOf(LIST_DENSITIES, listDensity) ? listDensity : DEFAULT_READING_SETTINGS.listDensity,
    markReadOnScroll: typeof markReadOnScroll === 'boolean' ? markReadOnScroll : DEFAULT_READING_SETTINGS.markReadOnScroll,
  };
}

const READING_SETTINGS_KEY = ['settings', 'reading'];

function readStored(): ReadingSettings {
  try {
    return parseSettings(localStorage.getItem(READING_SETTINGS_STORAGE_KEY));
  } catch {
    return DEFAULT_READING_SETTINGS; // storage disabled: the defaults, and this tab's changes on top
  }
}

/**
 * The settings as a query over localStorage: read once as the tab starts (initialData,
 * so never pending), then kept equal to storage by this tab's writes (`update`) and by
 * the other tabs' (`useReadingSettingsChannel`). When storage refuses a write (private
 * mode, quota, disabled) the choice still applies in this tab for this visit: the cache
 * holds it.
 */
export function readingSettingsQueryOptions() {
  return queryOptions({
    queryKey: READING_SETTINGS_KEY,
    queryFn: () => readStored(),
    initialData: readStored,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

function update(change: Partial<ReadingSettings>): void {
  const options = readingSettingsQueryOptions();
  const next: ReadingSettings = { ...(queryClient.getQueryData(options.queryKey) ?? readStored()), ...change };
  try {
    localStorage.setItem(READING_SETTINGS_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Not kept across visits; the cache below applies it now.
  }
  queryClient.setQueryData(options.queryKey, next);
}

/** Read from the same client the setters write to: one set of settings per tab, whatever provider a test mounts. */
export function useReadingSettings(): ReadingSettings {
  return useQuery(readingSettingsQueryOptions(), queryClient).data;
}

/** Another tab changed the settings (the `storage` event): this tab takes them. Mount once, in the root layout. */
export function useReadingSettingsChannel(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === READING_SETTINGS_STORAGE_KEY || event.key === null) {
        queryClient.setQueryData(readingSettingsQueryOptions().queryKey, readStored());
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}

export function setFontSize(step: number): void {
  update({ fontSize: Math.min(FONT_SIZE_STEPS - 1, Math.max(0, Math.round(step))) });
}

export function setFontFamily(fontFamily: FontFamily): void {
  update({ fontFamily });
}

export function setTheme(theme: ThemeChoice): void {
  update({ theme });
}

export function setStockMarks(stockMarks: StockMarkChoice): void {
  update({ stockMarks });
}

export function setListDensity(listDensity: ListDensity): void {
  update({ listDensity });
}

export function setMarkReadOnScroll(markReadOnScroll: boolean): void {
  update({ markReadOnScroll });
}

export function setHighlightStocks(highlightStocks: boolean): void {
  update({ highlightStocks });
}

function subscribeToSystemTheme(listener: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): ResolvedTheme {
  if (choice !== 'system') return choice;
  return prefersDark ? 'dark' : 'light';
}

/** The theme in effect: the reader's choice, or the system's, followed live. */
export function useResolvedTheme(): ResolvedTheme {
  const { theme } = useReadingSettings();
  const prefersDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false);
  return resolveTheme(theme, prefersDark);
}

/**
 * The next theme in the order system → light → sepia → dark → system, skipping any that
 * would look the same as now (light after a light system theme), so every call shows a
 * change. For the `t` shortcut.
 */
export function cycleTheme(): void {
  const prefersDark = systemPrefersDark();
  const current = (queryClient.getQueryData(readingSettingsQueryOptions().queryKey) ?? readStored()).theme;
  const shown = resolveTheme(current, prefersDark);
  const start = THEME_CHOICES.indexOf(current);
  for (let step = 1; step < THEME_CHOICES.length; step += 1) {
    const candidate = THEME_CHOICES[(start + step) % THEME_CHOICES.length] ?? 'system';
    if (resolveTheme(candidate, prefersDark) !== shown) {
      setTheme(candidate);
      return;
    }
  }
}
