import type { VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

import type { ArticleMeta } from '../../../shared/bundle-types';
import { useReadActions } from '../../read-state/read-writes';
import type { ListItem } from './list-items';

interface MarkReadOnScrollOptions {
  readonly enabled: boolean;
  readonly items: readonly ListItem[];
  readonly virtualItems: readonly VirtualItem[];
  readonly scrollMargin: number;
  readonly metaOf: (row: number) => ArticleMeta | undefined;
}

/**
 * The reading setting 滚动经过即标为已读 (off by default): an article whose row has
 * scrolled wholly above the window's top while the reader scrolled down counts as read,
 * as in feed readers. Only rows the reader has seen pass: the first screen never marks
 * itself, and scrolling back up marks nothing.
 */
export function useMarkReadOnScroll({ enabled, items, virtualItems, scrollMargin, metaOf }: MarkReadOnScrollOptions): void {
  const lastTop = useRef<number | null>(null);
  const marked = useRef(new Set<string>());
  const { markRead } = useReadActions();
  useEffect(() => {
    if (!enabled) {
      lastTop.current = null;
      return;
    }
    const top = window.scrollY - scrollMargin;
    const previous = lastTop.current;
    lastTop.current = top;
    if (previous === null || top <= previous) return;
    for (const v of virtualItems) {
      const item = items[v.index];
      // Passed during this scroll: it was (at least partly) below the old top, now wholly above.
      if (item?.kind !== 'article' || v.end > top || v.end <= previous) continue;
      const meta = metaOf(item.row);
      if (!meta || marked.current.has(meta.id)) continue;
      marked.current.add(meta.id);
      void markRead(meta.id);
    }
  });
}
