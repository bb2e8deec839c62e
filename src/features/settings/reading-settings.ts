import { useSyncExternalStore } from 'react';

/**
 * The reader's settings: font size, font, theme and stock highlighting. Persisted in
 * localStorage and shared by every tab (the `storage` event), read with
 * useSyncExternalStore so every component sees the same value in the same render.
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

const listeners = new Set<() => void>();
let cache: { raw: string | null; settings: ReadingSettings } = { raw: null, settings: DEFAULT_READING_SETTINGS };
/** What this tab chose when storage refused to keep it (private mode, quota, disabled). */
let unsaved: ReadingSettings | null = null;

function read(): ReadingSettings {
  if (unsaved) return unsaved;
  let raw: string | null;
  try {
    raw = localStorage.getItem(READING_SETTINGS_STORAGE_KEY);
  } catch {
    return cache.settings;
  }
  if (raw !== cache.raw) cache = { raw, settings: parseSettings(raw) };
  return cache.settings;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === READING_SETTINGS_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function update(change: Partial<ReadingSettings>): void {
  const next: ReadingSettings = { ...read(), ...change };
  const raw = JSON.stringify(next);
  try {
    localStorage.setItem(READING_SETTINGS_STORAGE_KEY, raw);
    unsaved = null;
    cache = { raw, settings: next };
  } catch {
    unsaved = next; // still applies in this tab, for this visit
  }
  for (const listener of listeners) listener();
}

export function useReadingSettings(): ReadingSettings {
  return useSyncExternalStore(subscribe, read, () => DEFAULT_READING_SETTINGS);
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
  const current = read().theme;
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
