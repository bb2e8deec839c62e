import { keyboardStrings } from './keyboard-strings';

/** The kinds of page, as far as keys go: the article list, the reading view, anything else. */
export type ShortcutPage = 'list' | 'reader' | 'other';

export type ShortcutAction = 'next' | 'previous' | 'open' | 'back' | 'toggleRead' | 'bookmark' | 'original' | 'search' | 'theme' | 'help';

export interface Shortcut {
  readonly action: ShortcutAction;
  /** `KeyboardEvent.key` values. */
  readonly keys: readonly string[];
  readonly label: string;
  /** The pages this entry is for; one action may have other keys or another label elsewhere. */
  readonly where: readonly ShortcutPage[];
}

/**
 * Every shortcut, once: the handlers find their action here (so a key means what the
 * help says) and the `?` dialog lists the entries of the page on screen.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'next', keys: ['j'], label: keyboardStrings.next, where: ['list'] },
  { action: 'previous', keys: ['k'], label: keyboardStrings.previous, where: ['list'] },
  { action: 'open', keys: ['o', 'Enter'], label: keyboardStrings.openItem, where: ['list'] },
  { action: 'next', keys: ['j', 'ArrowRight'], label: keyboardStrings.nextArticle, where: ['reader'] },
  { action: 'previous', keys: ['k', 'ArrowLeft'], label: keyboardStrings.previousArticle, where: ['reader'] },
  { action: 'back', keys: ['u', 'Escape'], label: keyboardStrings.back, where: ['reader'] },
  { action: 'toggleRead', keys: ['m'], label: keyboardStrings.toggleRead, where: ['list', 'reader'] },
  { action: 'bookmark', keys: ['s', 'b'], label: keyboardStrings.bookmark, where: ['list', 'reader'] },
  { action: 'original', keys: ['v'], label: keyboardStrings.original, where: ['reader'] },
  { action: 'search', keys: ['/'], label: keyboardStrings.search, where: ['list', 'reader', 'other'] },
  { action: 'theme', keys: ['t'], label: keyboardStrings.theme, where: ['list', 'reader', 'other'] },
  { action: 'help', keys: ['?'], label: keyboardStrings.help, where: ['list', 'reader', 'other'] },
];

/**
 * What one mounted part of the page handles: its page kind and its actions. The frame
 * (help, theme) says `other`; the list and the reading view say which page they make.
 */
export interface ShortcutLayer {
  readonly page: ShortcutPage;
  readonly actions: ReadonlySet<ShortcutAction>;
}

/** The page on screen: the latest layer that names one, else `other`. */
export function currentShortcutPage(layers: readonly ShortcutLayer[]): ShortcutPage {
  for (let i = layers.length - 1; i >= 0; i--) if (layers[i]!.page !== 'other') return layers[i]!.page;
  return 'other';
}

/** The entries that work now: for this page, and handled by a mounted layer. */
export function activeShortcuts(layers: readonly ShortcutLayer[]): readonly Shortcut[] {
  const page = currentShortcutPage(layers);
  return SHORTCUTS.filter((s) => s.where.includes(page) && layers.some((layer) => layer.actions.has(s.action)));
}

/** The action a key triggers now, or null. */
export function shortcutActionFor(key: string, layers: readonly ShortcutLayer[]): ShortcutAction | null {
  return activeShortcuts(layers).find((s) => s.keys.includes(key))?.action ?? null;
}

const KEY_LABELS: Readonly<Record<string, string>> = { Escape: 'Esc', ArrowRight: '→', ArrowLeft: '←' };

/** How the help dialog writes a key. */
export function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? key;
}
