import { describe, expect, it } from 'vitest';

import {
  SHORTCUTS,
  activeShortcuts,
  currentShortcutPage,
  keyLabel,
  shortcutActionFor,
  type ShortcutAction,
  type ShortcutLayer,
  type ShortcutPage,
} from './shortcuts';

const layer = (page: ShortcutPage, ...actions: ShortcutAction[]): ShortcutLayer => ({ page, actions: new Set(actions) });
const frame = layer('other', 'help', 'theme');
const list = layer('list', 'next', 'previous', 'open', 'toggleRead', 'bookmark');
const reader = layer('reader', 'next', 'previous', 'toggleRead', 'bookmark');
const page = layer('reader', 'back');

describe('the shortcut table', () => {
  it.each(['list', 'reader', 'other'] as const)('binds each key to one action at most on the %s page', (where) => {
    const keys = SHORTCUTS.filter((s) => s.where.includes(where)).flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every action of a page one entry', () => {
    for (const where of ['list', 'reader', 'other'] as const) {
      const actions = SHORTCUTS.filter((s) => s.where.includes(where)).map((s) => s.action);
      expect(new Set(actions).size).toBe(actions.length);
    }
  });
});

describe('currentShortcutPage', () => {
  it('is the page a mounted view names, else other', () => {
    expect(currentShortcutPage([frame])).toBe('other');
    expect(currentShortcutPage([frame, list])).toBe('list');
    expect(currentShortcutPage([frame, page, reader])).toBe('reader');
  });
});

describe('activeShortcuts', () => {
  const labels = (layers: ShortcutLayer[]) => activeShortcuts(layers).map((s) => `${s.action}:${s.keys.join('')}`);

  it('lists help and theme alone on other pages', () => {
    expect(labels([frame])).toEqual(['theme:t', 'help:?']);
  });

  it('lists the list keys on a list, without the reading view ones', () => {
    expect(labels([frame, list])).toEqual(['next:j', 'previous:k', 'open:oEnter', 'toggleRead:m', 'bookmark:sb', 'theme:t', 'help:?']);
  });

  it('lists the reading view keys, with arrows and back, and v only when offered', () => {
    expect(labels([frame, page, reader])).toEqual([
      'next:jArrowRight',
      'previous:kArrowLeft',
      'back:uEscape',
      'toggleRead:m',
      'bookmark:sb',
      'theme:t',
      'help:?',
    ]);
    expect(labels([frame, page, layer('reader', 'next', 'previous', 'toggleRead', 'bookmark', 'original')])).toContain('original:v');
  });

  it('lists only back on an article page that shows no article (loading, failed, not found)', () => {
    expect(labels([frame, page])).toEqual(['back:uEscape', 'theme:t', 'help:?']);
  });
});

describe('shortcutActionFor', () => {
  it('finds the action of a key on the current page', () => {
    expect(shortcutActionFor('j', [frame, list])).toBe('next');
    expect(shortcutActionFor('ArrowRight', [frame, page, reader])).toBe('next');
    expect(shortcutActionFor('s', [frame, list])).toBe('bookmark');
    expect(shortcutActionFor('b', [frame, page, reader])).toBe('bookmark');
  });

  it('ignores keys of other pages and of actions nobody handles', () => {
    expect(shortcutActionFor('ArrowRight', [frame, list])).toBeNull();
    expect(shortcutActionFor('u', [frame, list])).toBeNull();
    expect(shortcutActionFor('j', [frame])).toBeNull();
    expect(shortcutActionFor('v', [frame, page, reader])).toBeNull();
  });
});

describe('keyLabel', () => {
  it('writes Esc and the arrows as people read them', () => {
    expect(['Escape', 'ArrowRight', 'ArrowLeft', 'j', '?'].map(keyLabel)).toEqual(['Esc', '→', '←', 'j', '?']);
  });
});
