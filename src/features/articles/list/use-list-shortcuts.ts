import type { VirtualItem, Virtualizer } from '@tanstack/react-virtual';
import { useRef, type RefObject } from 'react';

import type { ArticleMeta } from '../../../shared/bundle-types';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { readWhileViewing } from '../../read-state/read-while-viewing';
import { runCommand } from '../../keyboard/use-command';
import { useReadActions } from '../../read-state/read-writes';
import type { ListItem } from './list-items';

interface ListShortcutOptions {
  readonly listRef: RefObject<HTMLDivElement | null>;
  readonly items: readonly ListItem[];
  readonly virtualizer: Virtualizer<Window, Element>;
  readonly virtualItems: readonly VirtualItem[];
  readonly scrollMargin: number;
  /** The list's search string: what `m` keeps in view is kept for that list. */
  readonly search: string;
  readonly metaOf: (row: number) => ArticleMeta | undefined;
  readonly open: (meta: ArticleMeta, row: number) => void;
}

export interface ListFocus {
  /** Focuses the item at `position`, scrolling it into view unless `scroll` is false. */
  readonly focusPosition: (position: number, options?: { readonly scroll?: boolean }) => void;
}

/**
 * The list's keys: j/k move focus between articles (from the first one on screen when
 * none has focus), o opens the focused one (Enter is the link's own), m toggles it read
 * or unread, s or b bookmarks it. The current item is the one holding focus, so mouse
 * and keyboard agree.
 */
export function useListShortcuts(options: ListShortcutOptions): ListFocus {
  // Read at key time: the listener is added once, not again on every render while scrolling.
  const latest = useRef(options);
  const { toggleRead } = useReadActions();
  latest.current = options;

  function focusPosition(position: number, { scroll = true }: { readonly scroll?: boolean } = {}) {
    const { items, listRef, virtualizer } = latest.current;
    const item = items[position];
    if (!item || item.kind !== 'article') return;
    const find = () => listRef.current?.querySelector<HTMLElement>(`[data-position="${position}"] [data-article-link]`);
    const found = find();
    if (found) {
      found.focus({ preventScroll: true });
      if (scroll) found.scrollIntoView({ block: 'nearest' });
      return;
    }
    if (scroll) virtualizer.scrollToIndex(position, { align: 'center' });
    // The row renders on a later frame, once its page of metadata is there.
    let tries = 0;
    const retry = () => {
      const el = find();
      if (el) el.focus({ preventScroll: true });
      else if (tries++ < 60) requestAnimationFrame(retry);
    };
    requestAnimationFrame(retry);
  }

  function currentPosition(): number {
    const active = document.activeElement;
    const host = active instanceof HTMLElement ? active.closest<HTMLElement>('[data-position]') : null;
    return host && latest.current.listRef.current?.contains(host) ? Number(host.dataset.position) : -1;
  }

  function firstVisibleArticle(): number {
    const { items, virtualItems, scrollMargin } = latest.current;
    const top = window.scrollY - scrollMargin;
    const first = virtualItems.find((v) => v.end > top && items[v.index]?.kind === 'article');
    return first?.index ?? items.findIndex((item) => item.kind === 'article');
  }

  function step(by: 1 | -1) {
    const { items } = latest.current;
    const current = currentPosition();
    let position = current === -1 ? firstVisibleArticle() : current + by;
    while (items[position]?.kind === 'day') position += by;
    if (position >= 0 && position < items.length) focusPosition(position);
  }

  /** The focused article and its ordinal, when its metadata is there. */
  function focused(): { readonly meta: ArticleMeta; readonly row: number } | null {
    const position = currentPosition();
    const item = position === -1 ? undefined : latest.current.items[position];
    const meta = item?.kind === 'article' ? latest.current.metaOf(item.row) : undefined;
    return item?.kind === 'article' && meta ? { meta, row: item.row } : null;
  }

  useShortcuts('list', {
    next: () => step(1),
    previous: () => step(-1),
    open: (event) => {
      // Enter on the focused link opens it by itself; on a button it presses the button.
      if (event.key === 'Enter') return false;
      const current = focused();
      if (current) latest.current.open(current.meta, current.row);
    },
    toggleRead: () => {
      const current = focused();
      if (!current) return;
      // Marked read here under 只看未读, it stays where it is until the list is reloaded.
      readWhileViewing.keep(latest.current.search, current.meta.id);
      void toggleRead(current.meta);
    },
    bookmark: () => {
      const current = focused();
      if (current) runCommand('bookmark', current.meta.id);
    },
  });

  return { focusPosition };
}
