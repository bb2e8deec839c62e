import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '../../../app/paths';
import type { ArticleIndex, ArticleMeta, Manifest } from '../../../shared/bundle-types';
import { beijingDay, formatDayLabel } from '../../../lib/beijing-day';
import { isTypingTarget } from '../../../lib/is-typing-target';
import { strings } from '../../../lib/strings';
import { useMetaPages } from '../api/get-meta-page';
import { ArticleListItem } from './article-list-item';

type Item = { readonly kind: 'day'; readonly day: number } | { readonly kind: 'article'; readonly row: number };

interface VirtualArticleListProps {
  readonly manifest: Manifest;
  readonly index: ArticleIndex;
  /** Rows of the index to show, newest first. */
  readonly rows: Int32Array;
  readonly search: string;
  readonly activeStock: string | null;
}

/**
 * Measured sizes and the last opened article, per filter, kept for the visit: coming
 * back from an article lays the list out exactly as it was, so the scroll position
 * the router restores lands on the same item, and focus returns to the link opened.
 */
const memory = new Map<string, { measurements: VirtualItem[]; lastOpened: string | null }>();

const DAY_HEIGHT = 44;
const ARTICLE_HEIGHT = 158;

/**
 * The article list, virtualized against the window: only the rows on screen (and a few
 * around) exist in the DOM, and only their metadata pages are fetched, so 100,000
 * articles scroll like 100. Day headings (今天, 昨天, 2月10日 …) follow Beijing time.
 * Keyboard: j/k move between articles, o opens, b bookmarks the focused one.
 */
export function VirtualArticleList({ manifest, index, rows, search, activeStock }: VirtualArticleListProps) {
  const navigate = useNavigate();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const remembered = memory.get(search);

  const items = useMemo(() => {
    const out: Item[] = [];
    let lastDay = Number.NaN;
    for (const row of rows) {
      const day = beijingDay(index.dates[row]!);
      if (day !== lastDay) {
        out.push({ kind: 'day', day });
        lastDay = day;
      }
      out.push({ kind: 'article', row });
    }
    return out;
  }, [rows, index]);

  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (i) => (items[i]?.kind === 'day' ? DAY_HEIGHT : ARTICLE_HEIGHT),
    overscan: 6,
    scrollMargin,
    initialMeasurementsCache: remembered?.measurements ?? [],
    getItemKey: (i) => {
      const item = items[i]!;
      return item.kind === 'day' ? `day-${item.day}` : index.ids[item.row]!;
    },
  });
  const virtualItems = virtualizer.getVirtualItems();

  const pageSize = manifest.meta.pageSize;
  const pageOf = (row: number) => Math.floor(row / pageSize) + 1;
  const wantedPages = [...new Set(virtualItems.flatMap((v) => {
    const item = items[v.index]!;
    return item.kind === 'article' ? [pageOf(item.row)] : [];
  }))];
  const pages = useMetaPages(manifest, wantedPages);
  const metaOf = (row: number): ArticleMeta | undefined =>
    pages.find((p) => p.data?.page === pageOf(row))?.data?.articles[row % pageSize];

  // Remember the layout when leaving; return focus to the article opened from here.
  useEffect(() => {
    const opened = memory.get(search)?.lastOpened ?? null;
    if (opened) {
      const position = items.findIndex((item) => item.kind === 'article' && index.ids[item.row] === opened);
      if (position >= 0) focusItem(position, { preventScroll: true });
    }
    return () => {
      memory.set(search, { measurements: virtualizer.measurementsCache, lastOpened: memory.get(search)?.lastOpened ?? null });
    };
    // Runs once per list: the layout is saved as it is when the list goes away.
  }, []);

  function focusItem(position: number, options: FocusOptions = {}) {
    const item = items[position];
    if (!item || item.kind !== 'article') return;
    const id = index.ids[item.row]!;
    const find = () => listRef.current?.querySelector<HTMLElement>(`[data-article-link="${CSS.escape(id)}"]`);
    const found = find();
    if (found) {
      found.focus(options);
      if (!options.preventScroll) found.scrollIntoView({ block: 'nearest' });
      return;
    }
    virtualizer.scrollToIndex(position, { align: 'center' });
    // The row renders on the next frame, once its page of metadata is there.
    let tries = 0;
    const retry = () => {
      const el = find();
      if (el) el.focus({ preventScroll: true });
      else if (tries++ < 30) requestAnimationFrame(retry);
    };
    requestAnimationFrame(retry);
  }

  // The handler sees this render's items and virtualizer through a ref, so the listener
  // is added once, not again on every render while scrolling.
  const onKeyRef = useRef<(event: KeyboardEvent) => void>(() => {});
  onKeyRef.current = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
    const current = currentPosition();
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      const step = event.key === 'j' ? 1 : -1;
      let position = current === -1 ? firstVisibleArticle() : current + step;
      while (items[position]?.kind === 'day') position += step;
      if (position >= 0 && position < items.length) focusItem(position);
    } else if (event.key === 'o' && current !== -1) {
      event.preventDefault();
      const item = items[current]!;
      if (item.kind === 'article') open(index.ids[item.row]!);
    } else if (event.key === 'b' && current !== -1) {
      event.preventDefault();
      const item = items[current]!;
      if (item.kind !== 'article') return;
      listRef.current
        ?.querySelector<HTMLButtonElement>(`[data-article="${CSS.escape(index.ids[item.row]!)}"] [data-shortcut="bookmark"]`)
        ?.click();
    }
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onKeyRef.current(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function currentPosition(): number {
    const active = document.activeElement;
    const host = active instanceof HTMLElement ? active.closest<HTMLElement>('[data-position]') : null;
    return host && listRef.current?.contains(host) ? Number(host.dataset.position) : -1;
  }

  function firstVisibleArticle(): number {
    const top = window.scrollY - scrollMargin;
    const first = virtualItems.find((v) => v.end > top && items[v.index]?.kind === 'article');
    return first?.index ?? items.findIndex((item) => item.kind === 'article');
  }

  function open(id: string) {
    remember(id);
    void navigate(paths.article.getHref(id, search));
  }

  function remember(id: string) {
    memory.set(search, { measurements: virtualizer.measurementsCache, lastOpened: id });
  }

  if (rows.length === 0) {
    return (
      <p className="border-y border-line bg-surface px-4 py-10 text-center text-muted sm:rounded-xl sm:border">
        {search ? strings.list.emptyFiltered : strings.list.empty}
      </p>
    );
  }

  return (
    <div ref={listRef} className="relative border-y border-line bg-surface sm:rounded-xl sm:border" style={{ height: virtualizer.getTotalSize() }}>
      {virtualItems.map((virtualItem) => {
        const item = items[virtualItem.index]!;
        const style = { transform: `translateY(${virtualItem.start - virtualizer.options.scrollMargin}px)` };
        if (item.kind === 'day') {
          return (
            <h2
              key={virtualItem.key}
              ref={virtualizer.measureElement}
              data-index={virtualItem.index}
              style={style}
              className="absolute inset-x-0 top-0 border-b border-line bg-sunken/60 px-4 py-2.5 text-sm font-semibold text-muted sm:px-5"
            >
              {formatDayLabel(item.day)}
            </h2>
          );
        }
        const meta = metaOf(item.row);
        const id = index.ids[item.row]!;
        return (
          <article
            key={virtualItem.key}
            ref={virtualizer.measureElement}
            data-index={virtualItem.index}
            data-position={virtualItem.index}
            data-article={id}
            style={style}
            aria-busy={meta ? undefined : true}
            className="absolute inset-x-0 top-0 border-b border-line last:border-b-0 focus-within:bg-sunken/40"
          >
            {meta ? (
              <ArticleListItem article={meta} manifest={manifest} search={search} activeStock={activeStock} onOpen={remember} />
            ) : (
              <ArticleRowSkeleton />
            )}
          </article>
        );
      })}
    </div>
  );
}

function ArticleRowSkeleton() {
  return (
    <div className="animate-pulse px-4 py-4 sm:px-5" aria-hidden="true">
      <div className="h-5 w-4/5 rounded bg-sunken" />
      <div className="mt-2.5 h-4 w-1/3 rounded bg-sunken" />
      <div className="mt-3 h-4 w-full rounded bg-sunken" />
      <div className="mt-1.5 h-4 w-2/3 rounded bg-sunken" />
    </div>
  );
}
