import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef } from 'react';
import { matchPath, useNavigationType } from 'react-router';

import { paths } from '../../../config/paths';
import { previousPathname } from '../../../lib/navigation-history';

import type { Manifest } from '../../../shared/bundle-types';
import { getOrdinalQueryOptions } from '../../../bundle/ordinal-query';
import { getTimelineQueryOptions } from '../../../bundle/timeline-query';
import { positionForRow, type ListItem } from './list-items';
import { listMemory } from './list-memory';
import type { ListFocus } from './use-list-shortcuts';

interface ReturnFocusOptions {
  readonly search: string;
  readonly manifest: Manifest;
  readonly items: readonly ListItem[];
  readonly focus: ListFocus;
}

/**
 * Coming back to a list, focus returns to the article read last (list-memory.ts), or,
 * when the list no longer shows it, to the one now in its place, so j/k go on from
 * there. Back/Forward leave the scroll position to the router; any other way back (u,
 * 返回列表) brings the item into view. An article reached by j/k in the reading view is
 * known by id only; its place comes from its day's page (usually cached).
 */
export function useReturnFocus({ search, manifest, items, focus }: ReturnFocusOptions): void {
  const client = useQueryClient();
  const navigationType = useNavigationType();
  const latest = useRef({ items, focus });
  latest.current = { items, focus };

  // What was opened is read once, as the list comes back: later renders are not a return.
  const returnFocus = useEffectEvent((isCancelled: () => boolean) => {
    const opened = listMemory.get(search)?.lastOpened;
    // Only coming back from an article: reaching the list from elsewhere (another list,
    // a toggled filter) is a fresh start.
    const from = previousPathname();
    if (!opened || from === null || matchPath(paths.article.path, from) === null) return;
    const scroll = navigationType !== 'POP';
    const focusRow = (row: number) => {
      const position = positionForRow(latest.current.items, row);
      if (!isCancelled() && position !== -1) latest.current.focus.focusPosition(position, { scroll });
    };
    if (opened.row !== null) focusRow(opened.row);
    else {
      void (async () => {
        const timeline = await client.fetchQuery(getTimelineQueryOptions(manifest));
        const row = await client.fetchQuery(getOrdinalQueryOptions(client, manifest, timeline, opened.id));
        if (row >= 0) focusRow(row);
      })().catch(() => {}); // no focus to return: the list works as on a first visit
    }
  });
  useEffect(() => {
    let cancelled = false;
    returnFocus(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, []);
}
