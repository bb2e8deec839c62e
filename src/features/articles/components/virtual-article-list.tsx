import { useQueries } from '@tanstack/react-query';
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useNavigationType } from 'react-router';

import { paths } from '../../../app/paths';
import type { ArticleMeta, MetaPage } from '../../../shared/bundle-types';
import { getMetaPageQueryOptions, type PageRef } from '../../../bundle/meta-page-query';
import { formatDayLabel } from '../../../lib/beijing-day';
import { BundleError } from '../../../lib/bundle-error';
import { isTypingTarget } from '../../../lib/is-typing-target';
import { strings } from '../../../shared/strings';
import { formatDay, listMonths, listSegment } from '../list/list-segment';
import type { ListData } from '../list/use-list-data';
import { ArticleListItem } from './article-list-item';

type Item = { readonly kind: 'day'; readonly day: number } | { readonly kind: 'article'; readonly row: number };

interface VirtualArticleListProps {
  readonly data: ListData;
  /** The list's search string (filters and segment), carried into articles. */
  readonly search: string;
  readonly activeStock: string | null;
  /** The segment's first day (`?from=`), or null for the top of the list. */
  readonly from: number | null;
  /** The URL of the same list starting at another day (null: the top). */
  readonly hrefFrom: (day: number | null) => string;
}

/**
 * Measured sizes and the last opened article, per list URL, kept for the visit: coming
 * back from an article lays the list out exactly as it was, so the scroll position
 * the router restores lands on the same item, and focus returns to the link opened.
 */
const memory = new Map<string, { measurements: VirtualItem[]; lastOpened: string | null }>();

const DAY_HEIGHT = 44;
const ARTICLE_HEIGHT = 158;

/**
 * The article list, virtualized against the window: only the rows on screen (and a few
 * around) exist in the DOM, and only the metadata pages they fall on are fetched, so
 * 100,000 articles scroll like 100. A list longer than a segment (list-segment.ts) is
 * shown a segment at a time, with links to the next ones and a jump to any month. Day
 * headings (今天, 昨天, 2月10日 …) follow Beijing time. Keyboard: j/k move between
 * articles, o opens, b bookmarks the focused one.
 */
export function VirtualArticleList({ data, search, activeStock, from, hrefFrom }: VirtualArticleListProps) {
  const navigate = useNavigate();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const remembered = memory.get(search);
  const { rows, dayOf, locate, manifest } = data;

  const segment = useMemo(() => listSegment(rows, dayOf, from), [rows, dayOf, from]);
  const months = useMemo(
    () => (segment.newer !== undefined || segment.older !== undefined ? listMonths(rows, dayOf) : []),
    [rows, dayOf, segment.newer, segment.older],
  );
  const items = useMemo(() => {
    const out: Item[] = [];
    let lastDay = Number.NaN;
    for (let i = segment.start; i < segment.end; i++) {
      const row = rows[i]!;
      const day = dayOf(row);
      if (day !== lastDay) {
        out.push({ kind: 'day', day });
        lastDay = day;
      }
      out.push({ kind: 'article', row });
    }
    return out;
  }, [rows, dayOf, segment.start, segment.end]);

  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);

  // On Back/Forward the router restores the window's scroll position after this mounts,
  // so the virtualizer starts from where the window is. Anything else (a link, another
  // segment) starts at the top: by default the virtualizer would scroll the window back
  // to where the previous page had left it.
  const navigationType = useNavigationType();
  const virtualizer = useWindowVirtualizer({
    ...(navigationType === 'POP' ? {} : { initialOffset: 0 }),
    count: items.length,
    estimateSize: (i) => (items[i]?.kind === 'day' ? DAY_HEIGHT : ARTICLE_HEIGHT),
    overscan: 6,
    scrollMargin,
    initialMeasurementsCache: remembered?.measurements ?? [],
    getItemKey: (i) => {
      const item = items[i]!;
      return item.kind === 'day' ? `day-${item.day}` : `row-${item.row}`;
    },
  });
  const virtualItems = virtualizer.getVirtualItems();

  // The pages the rows on screen fall on, each fetched once however many rows it serves.
  const sources = new Map<number, ReturnType<typeof locate>>();
  const wanted = new Map<string, PageRef>();
  for (const v of virtualItems) {
    const item = items[v.index]!;
    if (item.kind !== 'article') continue;
    const source = locate(item.row);
    sources.set(item.row, source);
    if (source && 'page' in source) wanted.set(source.page.hash, source.page);
  }
  const refs = [...wanted.values()];
  const results = useQueries({ queries: refs.map((ref) => getMetaPageQueryOptions(manifest, ref)) });
  const pages = new Map<string, MetaPage>();
  const failed = new Map<string, (typeof results)[number]>();
  results.forEach((result, i) => {
    if (result.data) pages.set(refs[i]!.hash, result.data);
    else if (result.isError) failed.set(refs[i]!.hash, result);
  });
  /** The failed page a row waits for, if its metadata cannot come. */
  const failureOf = (row: number) => {
    const source = sources.get(row);
    return source && 'page' in source ? failed.get(source.page.hash) : undefined;
  };
  const metaOf = (row: number): ArticleMeta | undefined => {
    const source = sources.get(row);
    if (!source) return undefined;
    if ('meta' in source) return source.meta;
    return pages.get(source.page.hash)?.articles[source.offset];
  };
  const idOf = (row: number): string | undefined => metaOf(row)?.id;

  // Remember the layout when leaving; return focus to the article opened from here.
  useEffect(() => {
    const opened = memory.get(search)?.lastOpened ?? null;
    if (opened) focusArticle(opened, { preventScroll: true });
    return () => {
      memory.set(search, { measurements: virtualizer.measurementsCache, lastOpened: memory.get(search)?.lastOpened ?? null });
    };
    // Runs once per list: the layout is saved as it is when the list goes away.
  }, []);

  /** Focuses an article's link once it renders (the first frames lay the list out). */
  function focusArticle(id: string, options: FocusOptions = {}) {
    let tries = 0;
    const attempt = () => {
      const found = listRef.current?.querySelector<HTMLElement>(`[data-article-link="${CSS.escape(id)}"]`);
      if (found) found.focus(options);
      else if (tries++ < 60) requestAnimationFrame(attempt);
    };
    attempt();
  }

  function focusItem(position: number) {
    const item = items[position];
    if (!item || item.kind !== 'article') return;
    const find = () => listRef.current?.querySelector<HTMLElement>(`[data-position="${position}"] [data-article-link]`);
    const found = find();
    if (found) {
      found.focus();
      found.scrollIntoView({ block: 'nearest' });
      return;
    }
    virtualizer.scrollToIndex(position, { align: 'center' });
    // The row renders on a later frame, once its page of metadata is there.
    let tries = 0;
    const retry = () => {
      const el = find();
      if (el) el.focus({ preventScroll: true });
      else if (tries++ < 60) requestAnimationFrame(retry);
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
      const meta = item.kind === 'article' ? metaOf(item.row) : undefined;
      if (meta) open(meta);
    } else if (event.key === 'b' && current !== -1) {
      event.preventDefault();
      listRef.current?.querySelector<HTMLButtonElement>(`[data-position="${current}"] [data-shortcut="bookmark"]`)?.click();
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

  function open(meta: ArticleMeta) {
    remember(meta.id);
    void navigate(paths.article.getHref(meta.id, search), { state: { rev: meta.rev } });
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
    <>
      {months.length > 0 && (
        <SegmentBar months={months} from={from} segment={segment} hrefFrom={hrefFrom} where="top" />
      )}
      <div
        ref={listRef}
        className="relative border-y border-line bg-surface sm:rounded-xl sm:border"
        style={{ height: virtualizer.getTotalSize() }}
      >
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
          const failure = meta ? undefined : failureOf(item.row);
          return (
            <article
              key={virtualItem.key}
              ref={virtualizer.measureElement}
              data-index={virtualItem.index}
              data-position={virtualItem.index}
              data-article={idOf(item.row)}
              style={style}
              aria-busy={meta || failure ? undefined : true}
              className="absolute inset-x-0 top-0 border-b border-line last:border-b-0 focus-within:bg-sunken/40"
            >
              {meta ? (
                <ArticleListItem article={meta} manifest={manifest} search={search} activeStock={activeStock} onOpen={remember} />
              ) : failure ? (
                <ArticleRowError error={failure.error} retrying={failure.isFetching} onRetry={() => void failure.refetch()} />
              ) : (
                <ArticleRowSkeleton />
              )}
            </article>
          );
        })}
      </div>
      {segment.older !== undefined && <SegmentBar months={[]} from={from} segment={segment} hrefFrom={hrefFrom} where="bottom" />}
    </>
  );
}

interface SegmentBarProps {
  readonly months: readonly { readonly month: string; readonly from: number }[];
  readonly from: number | null;
  readonly segment: ReturnType<typeof listSegment>;
  readonly hrefFrom: (day: number | null) => string;
  readonly where: 'top' | 'bottom';
}

/** Newer / older segments and, above the list, a jump to any month the list covers. */
function SegmentBar({ months, from, segment, hrefFrom, where }: SegmentBarProps) {
  const navigate = useNavigate();
  const current = from === null ? (months[0]?.month ?? '') : formatDay(from).slice(0, 7);
  const linkClass = 'inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-3 text-sm text-accent hover:border-accent';
  return (
    <nav aria-label={strings.list.segments} className={`flex flex-wrap items-center gap-2 px-4 sm:px-0 ${where === 'top' ? 'mb-3' : 'mt-3'}`}>
      {where === 'top' && segment.newer !== undefined && (
        <Link to={hrefFrom(segment.newer)} className={linkClass}>
          ← {strings.list.newer}
        </Link>
      )}
      {where === 'top' && months.length > 0 && (
        <label className="inline-flex items-center gap-2 text-sm text-muted">
          {strings.list.jumpToMonth}
          <select
            value={months.some((m) => m.month === current) ? current : ''}
            onChange={(event) => {
              const month = months.find((m) => m.month === event.target.value);
              if (month) void navigate(hrefFrom(month === months[0] ? null : month.from));
            }}
            className="min-h-11 rounded-lg border border-line bg-surface px-2 text-ink"
          >
            {months.map((m) => (
              <option key={m.month} value={m.month}>
                {strings.list.monthLabel(m.month)}
              </option>
            ))}
          </select>
        </label>
      )}
      {segment.older !== undefined && (
        <Link to={hrefFrom(segment.older)} className={`${linkClass} ${where === 'top' ? 'ml-auto' : ''}`}>
          {strings.list.older} →
        </Link>
      )}
    </nav>
  );
}

/**
 * A row whose metadata page could not be loaded (offline and never cached, or a bad
 * file): says which, and retries; every row of that page shows it, each one retrying the
 * same single request.
 */
function ArticleRowError({ error, retrying, onRetry }: { readonly error: Error | null; readonly retrying: boolean; readonly onRetry: () => void }) {
  const transient = error instanceof BundleError && error.isTransient;
  return (
    <div role="alert" className="flex min-h-[126px] flex-wrap items-center gap-3 px-4 py-4 text-sm text-muted sm:px-5">
      <span className="min-w-0 flex-1">{transient ? strings.list.rowOffline : strings.list.rowBroken}</span>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-3 text-accent hover:border-accent disabled:opacity-60"
      >
        {retrying ? strings.errors.retrying : strings.errors.retry}
      </button>
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
