import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '../../../config/paths';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import type { ArticleNeighbours, Neighbour } from './use-article-neighbours';

interface ReaderShortcutOptions {
  /** The list's search string, kept in the neighbours' URLs. */
  readonly search: string;
  readonly neighbours: ArticleNeighbours;
  /** The checked source-site URL, or null: then `v` is not offered (nor listed). */
  readonly original: string | null;
  /** The article element, where the toolbar's toggles are. */
  readonly articleRef: RefObject<HTMLElement | null>;
}

/**
 * The reading view's keys, as in Miniflux and NetNewsWire: j or → the next article of
 * the list the reader came from (older: the one below it there), k or ← the previous;
 * m read / unread and s or b bookmark (pressing the toolbar's own buttons, so the keys
 * and the buttons say the same); v the original on its source site, in a new tab.
 * u and Esc are the page's (use-back-to-list-shortcut.ts), for every state of the page.
 */
export function useReaderShortcuts({ search, neighbours, original, articleRef }: ReaderShortcutOptions): void {
  const navigate = useNavigate();
  const go = (to: Neighbour | null) => {
    if (to) void navigate(paths.article.getHref(to.id, search), { state: to.rev ? { rev: to.rev } : undefined });
  };
  // A filtered list's neighbours take a moment to work out; j pressed meanwhile is kept
  // and done once they are known, so quick presses are not lost.
  const queued = useRef<'next' | 'previous' | null>(null);
  const move = (direction: 'next' | 'previous') => {
    if (neighbours[direction] || !neighbours.pending) go(neighbours[direction]);
    else queued.current = direction;
  };
  const { pending, next, previous } = neighbours;
  // What matters is that the neighbours became known; the navigation is this render's.
  const goQueued = useEffectEvent(go);
  useEffect(() => {
    const direction = queued.current;
    if (direction === null || pending) return;
    queued.current = null;
    goQueued(direction === 'next' ? next : previous);
  }, [pending, next, previous]);
  const press = (name: string) => articleRef.current?.querySelector<HTMLButtonElement>(`[data-shortcut="${name}"]`)?.click();
  useShortcuts('reader', {
    next: () => move('next'),
    previous: () => move('previous'),
    toggleRead: () => press('read'),
    bookmark: () => press('bookmark'),
    original: original ? () => void window.open(original, '_blank', 'noopener,noreferrer') : undefined,
  });
}
