import { useQueries } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate, useNavigationType } from 'react-router';

import { paths } from '../../../config/paths';
import type { ArticleMeta, MetaPage } from '../../../shared/bundle-types';
import { getMetaPageQueryOptions, type PageRef } from '../../../bundle/meta-page-query';
import { formatDayLabel } from '../../../lib/beijing-day';
import { BundleError } from '../../../lib/bundle-error';
import { Button } from '../../../components/button';
import { describeBundleError } from './bundle-load-error';
import { strings } from '../../../shared/strings';
import { buildListItems } from '../list/list-items';
import { listMemory } from '../list/list-memory';
import { formatDay, listMonths, listSegment } from '../list/list-segment';
import type { ListData } from '../list/use-list-data';
import { useMarkReadOnScroll } from '../list/use-mark-read-on-scroll';
import { useReadingSettings } from '../../settings/reading-settings';
import { useListShortcuts } from '../list/use-list-shortcuts';
import { useReturnFocus } from '../list/use-return-focus';
import { ArticleListItem } from './article-list-item';

interface VirtualArticleListProps {
  readonly data: ListData;
  /** The list's search string (filters and segment), carried into articles. */
  readonly search: string;
  readonly activeStock: string | null;
  /** The segment's first day (`?from=`), or null for the top of the list. */
  readonly from: number | null;
  /** The URL of the same list starting at another day (null: the top). */
  readonly hrefFrom: (day: number | null) => string;
  /** Search terms marked in the rows. */
  readonly terms?: readonly string[];
  /** Shown in place of the list when it is empty (else the plain empty message). */
  readonly empty?: ReactNode;
  /** Below the list (a search's "check more"). */
  readonly footer?: ReactNode;
}

const DAY_HEIGHT = 44;
const ARTICLE_HEIGHT = 158;

/**
 * The article list, virtualized against the window: only the rows on screen (and a few
 * around) exist in the DOM, and only the metadata pages they fall on are fetched, so
 * 100,000 articles scroll like 100. A list longer than a segment (list-segment.ts) is
 * shown a segment at a time, with links to the next ones and a jump to any month. Day
 * headings (今天, 昨天, 2月10日 …) follow Beijing time. Keys: ../list/use-list-shortcuts.ts;
 * coming back from an article: ../list/use-return-focus.ts.
 */
export function VirtualArticleList({ data, search, activeStock, from, hrefFrom, terms, empty, footer }: VirtualArticleListProps) {
  const navigate = useNavigate();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const remembered = listMemory.get(search);
  const { rows, dayOf, locate, manifest } = data;

  const ranked = data.ranked === true;
  const segment = useMemo(
    () => (ranked ? { start: 0, end: rows.length, newer: undefined, older: undefined } : listSegment(rows, dayOf, from)),
    [ranked, rows, dayOf, from],
  );
  const months = useMemo(
    () => (segment.newer !== undefined || segment.older !== undefined ? listMonths(rows, dayOf) : []),
    [rows, dayOf, segment.newer, segment.older],
  );
  const items = useMemo(() => buildListItems(rows, ranked ? null : dayOf, segment.start, segment.end), [rows, ranked, dayOf, segment.start, segment.end]);

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
    initialMeasurementsCache: [...(remembered?.measurements ?? [])],
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

  const remember = (id: string, row: number) => listMemory.opened(search, id, row);
  const open = (meta: ArticleMeta, row: number) => {
    remember(meta.id, row);
    void navigate(paths.article.getHref(meta.id, search), { state: { rev: meta.rev } });
  };
  const focus = useListShortcuts({ listRef, items, virtualizer, virtualItems, scrollMargin, search, metaOf, open });
  useMarkReadOnScroll({ enabled: useReadingSettings().markReadOnScroll, items, virtualItems, scrollMargin, metaOf });
  useReturnFocus({ search, manifest, items, focus });

  // Remember the layout when leaving, as it is then.
  const saveLayout = useEffectEvent(() => listMemory.saveLayout(search, virtualizer.measurementsCache));
  useEffect(() => () => saveLayout(), []);

  if (rows.length === 0) {
    if (empty !== undefined) return empty;
    return (
      <p className="border-y border-line bg-surface px-4 py-10 text-center text-muted sm:rounded-xl sm:border">
        {search ? strings.list.emptyFiltered : strings.list.empty}
      </p>
    );
  }

  return (
    <>
      {months.length > 0 && <SegmentBar months={months} from={from} segment={segment} hrefFrom={hrefFrom} where="top" />}
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
                <ArticleListItem
                  article={meta}
                  manifest={manifest}
                  search={search}
                  activeStock={activeStock}
                  onOpen={() => remember(meta.id, item.row)}
                  {...(terms ? { terms } : {})}
                />
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
      {footer}
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
 * file): says which, naming the file and the field of a bad one, and retries what may
 * heal (every row of that page shows it, each one retrying the same single request).
 */
function ArticleRowError({ error, retrying, onRetry }: { readonly error: Error | null; readonly retrying: boolean; readonly onRetry: () => void }) {
  const { permanent } = describeBundleError(error);
  const transient = error instanceof BundleError && error.isTransient;
  const located = permanent && error instanceof BundleError && error.file !== null;
  const message = transient ? strings.list.rowOffline : located ? strings.list.rowBrokenAt(error.file!, error.field ?? '') : strings.list.rowBroken;
  return (
    <div role="alert" className="flex min-h-[126px] flex-wrap items-center gap-3 px-4 py-4 text-sm text-muted sm:px-5">
      <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">{message}</span>
      {!permanent && (
        <Button onClick={onRetry} disabled={retrying}>
          {retrying ? strings.errors.retrying : strings.errors.retry}
        </Button>
      )}
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
