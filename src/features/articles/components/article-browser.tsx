import { splitCategoryPath } from '../../../shared/category-path';
import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { paths } from '../../../config/paths';
import { UndoToast } from '../../../components/undo-toast';
import { Button } from '../../../components/button';
import { Icon } from '../../../components/icon';
import { dismissFirstScreen } from '../../../lib/first-screen';
import { strings } from '../../../shared/strings';
import { searchStrings } from '../../search/search-strings';
import { filterStrings } from '../../categories/filter-strings';
import { readWhileViewing } from '../../read-state/read-while-viewing';
import { useReadState } from '../../read-state/read-state-query';
import { useReadActions, type MarkAllReadToken } from '../../read-state/read-writes';
import { CategoryTree } from '../../categories/components/category-tree';
import { hasFilters, listFiltersToSearch, parseListFilters, toggleCategory } from '../../../shared/list-filters';
import { formatDay, parseDay } from '../list/list-segment';
import { markListRead } from '../list/mark-list-read';
import { useListData } from '../list/use-list-data';
import { useUnreadTreeCounts } from '../list/use-unread-tree-counts';
import { formatStockSymbol } from '../../../shared/stock-markets';
import { useUnreadCount } from '../../read-state/use-unread-count';
import { ArticleListSkeleton } from './article-list-skeleton';
import { ActiveFilters } from './active-filters';
import { BundleLoadError } from './bundle-load-error';
import { VirtualArticleList } from './virtual-article-list';
import { parseListQuery, withListQuery } from '../../../shared/list-query';
import { useSearchList } from '../../search/use-search-list';
import { LoadMoreResults } from '../../search/components/load-more-results';
import { SearchEmpty } from '../../search/components/search-empty';
import { SortToggle } from '../../search/components/sort-toggle';
import { SearchCountLine } from '../../search/components/search-count-line';

/**
 * The home page: the category tree (a sidebar on wide screens, a drawer on narrow ones)
 * beside the virtualized article list. All state is in the URL.
 */
export function ArticleBrowser() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const filters = useMemo(() => parseListFilters(location.search), [location.search]);
  const query = useMemo(() => parseListQuery(location.search), [location.search]);
  const from = parseDay(new URLSearchParams(location.search).get('from'));
  const filterSearch = withListQuery(listFiltersToSearch(filters), query);
  const search = from === null ? filterSearch : `${filterSearch}${filterSearch ? '&' : '?'}from=${formatDay(from)}`;
  const hrefFrom = (day: number | null) => paths.home.getHref(day === null ? filterSearch : `${filterSearch}${filterSearch ? '&' : '?'}from=${formatDay(day)}`);
  const list = useListData(filters, { rowsOnly: query.text !== '' });
  const searched = useSearchList(list.data, query, search);
  const { data, search: found } = searched;
  const error = list.error ?? searched.error;
  const isFetching = list.isFetching || (found?.loading ?? false);
  const refetch = () => {
    list.refetch();
    searched.refetch();
  };
  const read = useReadState();
  const { markAllRead, undoMarkAllRead } = useReadActions();
  const drawer = useRef<HTMLDialogElement>(null);

  // The prerendered first screen stays until this list can take its place (or say why not).
  const shown = data !== undefined || error !== null;
  useLayoutEffect(() => {
    if (shown) dismissFirstScreen();
  }, [shown]);

  const { counts, onVisible } = useUnreadTreeCounts(data);
  const [undo, setUndo] = useState<{ token: MarkAllReadToken | null; message: string; stamp: number } | null>(null);
  const markAll = async () => {
    if (!data) return;
    // Everything is read now: what this 只看未读 list kept in view goes with the rest.
    readWhileViewing.forget();
    const { token, count } = await markListRead(queryClient, data, filters, read, markAllRead);
    setUndo({ token, message: count > 0 ? strings.list.markedAllRead(count) : strings.list.nothingToMark, stamp: Date.now() });
  };
  // Filters change under the search, never clear it: the search box does that.
  const withFilters = (next: typeof filters) => paths.home.getHref(withListQuery(listFiltersToSearch(next), query));
  const toggle = (path: string) => void navigate(withFilters(toggleCategory(filters, path)));

  // What the list is of: its categories' names, the stock's name and code, else 最新资讯.
  const stock = data?.stock ?? null;
  const categoryNames = filters.categories.map((c) => splitCategoryPath(c).at(-1));
  const title = found
    ? searchStrings.heading(query.text)
    : stock && categoryNames.length === 0
      ? strings.list.stockHeading(stock.name, formatStockSymbol(stock))
      : [...categoryNames, ...(stock ? [`${stock.name} · ${formatStockSymbol(stock)}`] : [])].join('、') || strings.list.heading;
  const unread = useUnreadCount();
  // In the drawer the dialog's own bar carries the title, so the tree goes without.
  const renderTree = (titled: boolean) =>
    data && (
      <nav aria-label={filterStrings.heading}>
        <div className={`mb-2 flex items-center px-2 ${titled ? 'justify-between' : 'justify-end'}`}>
          {titled && <h2 className="text-sm font-semibold text-muted">{filterStrings.heading}</h2>}
          {hasFilters(filters) && (
            <Link to={paths.home.getHref(withListQuery('', query))} className="text-sm text-accent hover:underline">
              {filterStrings.clearAll}
            </Link>
          )}
        </div>
        <CategoryTree nodes={data.manifest.categories} selected={filters.categories} counts={counts} onToggle={toggle} onVisible={onVisible} />
      </nav>
    );

  return (
    <div className="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
      <title>{strings.app.pageTitleUnread(title, unread ?? 0)}</title>
      <aside className="hidden lg:block">
        <div className="sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto pb-6">{renderTree(true)}</div>
      </aside>
      <section aria-labelledby="list-heading" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 sm:px-0">
          <div className="min-w-36 flex-1">
            <h1 id="list-heading" className="truncate text-xl font-bold">
              {title}
            </h1>
            {/* A search's count shows as soon as the index answers, before its rows have loaded. */}
            {(data || found?.answered) && <SearchCountLine total={data?.total ?? 0} count={found?.count ?? null} />}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {found?.searchable && <SortToggle query={query} filterSearch={listFiltersToSearch(filters)} />}
            <Button onClick={() => void navigate(withFilters({ ...filters, unread: !filters.unread }))} aria-pressed={filters.unread}>
              {strings.list.unreadOnly}
            </Button>
            <Button onClick={() => void markAll()} hidden={found !== null} disabled={!data || data.partial || data.rows.length === 0}>
              {strings.list.markAllRead}
            </Button>
            <Button onClick={() => drawer.current?.showModal()} className="lg:hidden">
              <Icon name="filter" />
              {filterStrings.open}
            </Button>
          </div>
        </div>
        {data && <ActiveFilters filters={filters} stock={data.stock} query={query} />}
        {error ? (
          <BundleLoadError error={error} retrying={isFetching} onRetry={refetch} />
        ) : data ? (
          <VirtualArticleList
            key={search}
            data={data}
            search={search}
            activeStock={filters.stock}
            from={from}
            hrefFrom={hrefFrom}
            {...(found
              ? {
                  terms: found.plan.terms,
                  empty: <SearchEmpty summary={found} query={query} filtered={hasFilters(filters)} />,
                  footer: <LoadMoreResults summary={found} />,
                }
              : {})}
          />
        ) : (
          <ArticleListSkeleton />
        )}
      </section>
      <UndoToast
        message={undo?.message ?? null}
        stamp={undo?.stamp ?? 0}
        onUndo={() => {
          if (undo?.token) void undoMarkAllRead(undo.token);
          setUndo(null);
        }}
        onExpire={() => setUndo(null)}
      />
      <dialog
        ref={drawer}
        aria-label={filterStrings.heading}
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
        className="m-0 h-dvh max-h-none w-[min(22rem,88vw)] max-w-none bg-surface p-0 text-ink backdrop:bg-black/40 lg:hidden"
      >
        <div className="flex items-center justify-between border-b border-line px-4 py-3">
          <span className="font-semibold">{filterStrings.heading}</span>
          <Button variant="quiet" onClick={() => drawer.current?.close()}>
            {filterStrings.close}
          </Button>
        </div>
        <div className="p-2">{renderTree(false)}</div>
      </dialog>
    </div>
  );
}
