import { useEffect, useEffectEvent, useRef } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '../../../config/paths';
import { runCommand } from '../../keyboard/use-command';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import type { ArticleNeighbours, Neighbour } from './use-article-neighbours';

interface ReaderShortcutOptions {
  /** The list's search string, kept in the neighbours' URLs. */
  readonly search: string;
  readonly neighbours: ArticleNeighbours;
  /** The checked source-site URL, or null: then `v` is not offered (nor listed). */
  readonly original: string | null;
  /** The article shown: its toolbar's toggles are the commands m, s and b run. */
  readonly articleId: string;
}

/**
 * The reading view's keys, as in Miniflux and NetNewsWire: j or → the next article of
 * the list the reader came from (older: the one below it there), k or ← the previous;
 * m read / unread and s or b bookmark (the toolbar's own commands, so the keys and the
 * buttons do and say the same); v the original on its source site, in a new tab.
 * u and Esc are the page's (use-back-to-list-shortcut.ts), for every state of the page.
 */
export function useReaderShortcuts({ search, neighbours, original, articleId }: ReaderShortcutOptions): void {
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
  useShortcuts('reader', {
    next: () => move('next'),
    previous: () => move('previous'),
    toggleRead: () => void runCommand('read', articleId),
    bookmark: () => void runCommand('bookmark', articleId),
    original: original ? () => void window.open(original, '_blank', 'noopener,noreferrer') : undefined,
  });
}
