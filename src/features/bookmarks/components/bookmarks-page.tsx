import { categoryLabel } from '../../../shared/category-path';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';

import { paths } from '../../../config/paths';
import { strings } from '../../../shared/strings';
import { bookmarkStrings } from '../bookmark-strings';
import { parseListFilters, toggleCategory } from '../../../shared/list-filters';
import { parseListQuery } from '../../../shared/list-query';
import { useBookmarkSearch } from '../use-bookmark-search';
import { BookmarkSearchBox } from './bookmark-search-box';
import { bookmarkCategories, filterBookmarksByCategories, type BookmarkEntry, type BookmarkSort } from '../bookmark-entry';
import type { BookmarkSummary } from '../bookmark-summary';
import { syncBookmarksWithBundle } from '../bookmark-sync';
import { useBookmarkActions, useBookmarkFailure } from '../bookmark-writes';
import { useBookmarks } from '../bookmarks-query';
import { BookmarkFailureAlert } from './bookmark-failure-alert';
import { BookmarkItem, bookmarkTitle } from './bookmark-item';
import { BookmarkTransfer } from './bookmark-transfer';
import { StoragePanel } from './storage-panel';
import { buttonClass } from '../../../components/button-class';
import { UndoToast } from '../../../components/undo-toast';

interface BookmarksQuery {
  readonly sort: BookmarkSort;
  readonly categories: readonly string[];
  /** Search within the saved articles, as typed; "" for none. */
  readonly text: string;
}

/** `?category=…` (repeatable, as on the list), `?sort=date` and `?q=`; newest saved first by default. */
export function parseBookmarksQuery(search: string): BookmarksQuery {
  const params = new URLSearchParams(search);
  return {
    sort: params.get('sort') === 'date' ? 'date' : 'saved',
    categories: parseListFilters(params).categories,
    text: parseListQuery(params).text,
  };
}

export function bookmarksHref({ sort, categories, text }: BookmarksQuery): string {
  const params = new URLSearchParams();
  for (const category of parseListFilters(new URLSearchParams(categories.map((c) => ['category', c]))).categories) {
    params.append('category', category);
  }
  if (sort === 'date') params.set('sort', 'date');
  if (text !== '') params.set('q', text);
  const search = params.toString();
  return `${paths.bookmarks.getHref()}${search ? `?${search}` : ''}`;
}

const chipClass = (active: boolean) =>
  `inline-flex min-h-9 items-center gap-1.5 rounded-full border px-3 text-sm whitespace-nowrap ${
    active ? 'border-accent/50 bg-accent-soft font-medium text-accent' : 'border-line bg-surface text-muted hover:border-faint hover:text-ink'
  }`;

const NO_BOOKMARKS: readonly BookmarkSummary[] = [];

interface Removed {
  readonly entries: readonly BookmarkEntry[];
  readonly titles: readonly string[];
  readonly stamp: number;
}

/**
 * "/bookmarks": the saved articles, newest saved first or by the article's date
 * (`?sort=date`), filtered by category (`?category=`), each opening in full from the
 * device; remove with undo; export and import; how much is stored and whether the
 * browser may evict it.
 */
export function BookmarksPage() {
  const location = useLocation();
  const query = useMemo(() => parseBookmarksQuery(location.search), [location.search]);
  const { status, loadProblem, bookmarks } = useBookmarks(query.sort);
  const failure = useBookmarkFailure();
  const actions = useBookmarkActions();
  const categories = useMemo(() => bookmarkCategories(bookmarks), [bookmarks]);
  const inCategories = useMemo(() => filterBookmarksByCategories(bookmarks, query.categories), [bookmarks, query.categories]);
  const found = useBookmarkSearch(inCategories, query.text);
  const shown = found.matches ?? NO_BOOKMARKS;
  const searching = found.terms.length > 0;
  const [removed, setRemoved] = useState<Removed | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void syncBookmarksWithBundle();
  }, []);

  const onRemove = useCallback(
    (bookmark: BookmarkSummary) => {
      // Focus moves to the next item's 移除 (or the previous, or the heading), never to the page's start.
      const at = shown.findIndex((b) => b.id === bookmark.id);
      const next = shown[at + 1] ?? shown[at - 1];
      void actions.remove(bookmark.id).then((entry) => {
        if (!entry) return;
        const title = bookmarkTitle(bookmark);
        setRemoved((previous) => ({
          entries: [...(previous?.entries ?? []), entry],
          titles: [...(previous?.titles ?? []), title],
          stamp: Date.now(),
        }));
      });
      requestAnimationFrame(() => {
        const target = next ? listRef.current?.querySelector<HTMLElement>(`[data-remove-bookmark="${CSS.escape(next.id)}"]`) : headingRef.current;
        target?.focus();
      });
    },
    [shown, actions],
  );

  const undo = useCallback(() => {
    if (!removed) return;
    const { entries } = removed;
    setRemoved(null);
    void actions.restore(entries);
  }, [removed, actions]);

  const message =
    removed === null ? null : removed.titles.length === 1 ? bookmarkStrings.removedOne(removed.titles[0]!) : bookmarkStrings.removedMany(removed.titles.length);

  const total = bookmarks.length;
  const filtered = query.categories.length > 0;

  return (
    <div className={`mx-auto max-w-3xl ${message === null ? '' : 'pb-20'}`}>
      <title>{strings.app.pageTitle(bookmarkStrings.pageTitle)}</title>
      <div className="mb-4 flex flex-col gap-4 px-4 sm:flex-row sm:items-start sm:justify-between sm:px-0">
        <div className="min-w-0">
          <h1 ref={headingRef} tabIndex={-1} className="text-xl font-bold outline-none">
            {bookmarkStrings.heading}
          </h1>
          {(total > 0 || status === 'loading') && (
            <p className="mt-0.5 text-sm text-faint">
              {total === 0 || (searching && found.matches === null)
                ? bookmarkStrings.loading
                : searching
                  ? bookmarkStrings.searchFound(shown.length, inCategories.length)
                  : filtered
                    ? bookmarkStrings.shown(shown.length, total)
                    : bookmarkStrings.total(total)}
            </p>
          )}
        </div>
        <BookmarkTransfer canExport={total > 0} />
      </div>

      {failure && <BookmarkFailureAlert failure={failure} />}

      {status === 'unavailable' && (
        <div role="alert" className="mx-4 mb-4 rounded-xl border border-accent/50 bg-surface px-4 py-3 text-sm sm:mx-0">
          <p className="font-semibold">{bookmarkStrings.unavailable}</p>
          <p className="mt-1 text-muted">{bookmarkStrings.problems[loadProblem ?? 'unknown']}</p>
        </div>
      )}

      {total > 0 && (
        <div className="mb-3 flex flex-col gap-3 px-4 sm:px-0">
          <BookmarkSearchBox query={query.text} hrefFor={(text) => bookmarksHref({ ...query, text })} />
          <div role="group" aria-label={bookmarkStrings.sortLabel} className="flex items-center gap-2 text-sm">
            <span className="text-faint" aria-hidden="true">
              {bookmarkStrings.sortLabel}
            </span>
            <div className="inline-flex rounded-lg border border-line bg-surface p-0.5">
              {(['saved', 'date'] as const).map((sort) => (
                <Link
                  key={sort}
                  to={bookmarksHref({ ...query, sort })}
                  replace
                  aria-current={query.sort === sort ? 'true' : undefined}
                  className={`inline-flex min-h-9 items-center rounded-md px-3 ${
                    query.sort === sort ? 'bg-accent-soft font-medium text-accent' : 'text-muted hover:text-ink'
                  }`}
                >
                  {sort === 'saved' ? bookmarkStrings.sortSaved : bookmarkStrings.sortDate}
                </Link>
              ))}
            </div>
          </div>
          {categories.length > 0 && (
            <nav aria-label={bookmarkStrings.categoryLabel} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
              <ul className="flex gap-2 pb-1 sm:flex-wrap">
                <li>
                  <Link to={bookmarksHref({ ...query, categories: [] })} aria-current={!filtered ? 'true' : undefined} className={chipClass(!filtered)}>
                    {bookmarkStrings.allCategories}
                    <span className="text-xs text-faint tabular-nums">{total}</span>
                  </Link>
                </li>
                {categories.map((category) => {
                  const active = query.categories.includes(category.path);
                  const toggled = toggleCategory({ categories: query.categories, stock: null, unread: false }, category.path).categories;
                  return (
                    <li key={category.path}>
                      <Link
                        to={bookmarksHref({ ...query, categories: toggled })}
                        aria-current={active ? 'true' : undefined}
                        aria-label={bookmarkStrings.categoryCount(categoryLabel(category.path), category.count)}
                        title={categoryLabel(category.path)}
                        className={chipClass(active)}
                      >
                        {category.depth > 1 && (
                          <span aria-hidden="true" className="text-faint">
                            ›
                          </span>
                        )}
                        {category.name}
                        <span className="text-xs text-faint tabular-nums">{category.count}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
        </div>
      )}

      {shown.length > 0 ? (
        <ul ref={listRef} aria-label={bookmarkStrings.listLabel} className="border-y border-line bg-surface sm:rounded-xl sm:border">
          {shown.map((bookmark) => (
            <li key={bookmark.id} className="border-b border-line last:border-b-0">
              <article data-bookmark={bookmark.id} aria-label={bookmarkTitle(bookmark)}>
                <BookmarkItem bookmark={bookmark} onRemove={onRemove} terms={found.terms} body={found.bodyOf(bookmark.id)} />
              </article>
            </li>
          ))}
        </ul>
      ) : status === 'loading' || (searching && found.matches === null) ? (
        <div aria-hidden="true" className="animate-pulse border-y border-line bg-surface px-5 py-5 sm:rounded-xl sm:border">
          <div className="h-5 w-3/4 rounded bg-sunken" />
          <div className="mt-2.5 h-4 w-1/3 rounded bg-sunken" />
          <div className="mt-3 h-4 w-full rounded bg-sunken" />
        </div>
      ) : total > 0 && searching ? (
        <div role="status" className="border-y border-line bg-surface px-4 py-10 text-center sm:rounded-xl sm:border">
          <p className="font-semibold text-ink">{bookmarkStrings.searchNone(query.text)}</p>
          <Link
            to={bookmarksHref({ ...query, text: '' })}
            className="mt-3 inline-flex min-h-10 items-center text-sm text-accent underline-offset-4 hover:underline"
          >
            {bookmarkStrings.clearSearch}
          </Link>
        </div>
      ) : total > 0 && filtered ? (
        <div className="border-y border-line bg-surface px-4 py-10 text-center sm:rounded-xl sm:border">
          <p className="text-muted">{bookmarkStrings.emptyFiltered}</p>
          <Link
            to={bookmarksHref({ ...query, categories: [] })}
            className="mt-3 inline-flex min-h-10 items-center text-sm text-accent underline-offset-4 hover:underline"
          >
            {bookmarkStrings.showAll}
          </Link>
        </div>
      ) : (
        <EmptyBookmarks />
      )}

      <StoragePanel version={total} />
      <UndoToast message={message} stamp={removed?.stamp ?? 0} onUndo={undo} onExpire={() => setRemoved(null)} />
    </div>
  );
}

function EmptyBookmarks() {
  return (
    <div className="border-y border-line bg-surface px-6 py-14 text-center sm:rounded-xl sm:border">
      <svg viewBox="0 0 48 48" aria-hidden="true" className="mx-auto size-14 text-faint">
        <rect x="6" y="6" width="36" height="36" rx="10" className="fill-accent-soft" />
        <path
          d="M24 13.5l3.2 6.5 7.1 1-5.1 5 1.2 7.1-6.4-3.4-6.4 3.4 1.2-7.1-5.1-5 7.1-1z"
          fill="none"
          className="stroke-accent"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      <h2 className="mt-4 text-lg font-semibold">{bookmarkStrings.emptyHeading}</h2>
      <p className="mx-auto mt-2 max-w-sm text-sm leading-relaxed text-muted">{bookmarkStrings.emptyHint}</p>
      <Link to={paths.home.getHref()} className={`mt-6 ${buttonClass({ variant: 'primary' })}`}>
        {bookmarkStrings.browse}
      </Link>
    </div>
  );
}
