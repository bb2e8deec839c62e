import { useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { paths } from '../../../app/paths';
import { UndoToast } from '../../../components/undo-toast';
import { strings } from '../../../lib/strings';
import type { CategoryNode } from '../../../shared/bundle-types';
import { joinCategoryPath } from '../../../shared/category-path';
import { markAllRead, undoMarkAllRead, type MarkAllReadToken } from '../../read-state/read-store';
import { CategoryTree } from '../../categories/components/category-tree';
import { categoryCounts } from '../../../shared/filter-index';
import { hasFilters, listFiltersToSearch, parseListFilters, toggleCategory } from '../../../shared/list-filters';
import { useFilteredRows } from '../filters/use-filtered-rows';
import { ArticleListSkeleton } from './article-list-skeleton';
import { ActiveFilters } from './active-filters';
import { BundleLoadError } from './bundle-load-error';
import { VirtualArticleList } from './virtual-article-list';

/**
 * The home page: the category tree (a sidebar on wide screens, a drawer on narrow ones)
 * beside the virtualized article list. All state is in the URL.
 */
export function ArticleBrowser() {
  const location = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => parseListFilters(location.search), [location.search]);
  const search = listFiltersToSearch(filters);
  const { data, error, isFetching, refetch } = useFilteredRows(filters);
  const drawer = useRef<HTMLDialogElement>(null);

  const counts = useMemo(() => {
    if (!data) return new Map<string, number>();
    // Before the index arrives (first screen, no filters) the manifest's counts are exact.
    return data.partial ? manifestCounts(data.manifest.categories) : categoryCounts(data.index, filters, data.readIds ?? undefined);
  }, [data, filters]);
  const [undo, setUndo] = useState<{ token: MarkAllReadToken; message: string; stamp: number } | null>(null);
  const markAll = async () => {
    if (!data) return;
    const ids = Array.from(data.rows, (row) => data.index.ids[row]!);
    const token = await markAllRead(ids);
    setUndo({
      token,
      message: token.ids.length > 0 ? strings.list.markedAllRead(token.ids.length) : strings.list.nothingToMark,
      stamp: Date.now(),
    });
  };
  const toggle = (path: string) => void navigate(paths.home.getHref(listFiltersToSearch(toggleCategory(filters, path))));

  const title = filters.categories.length > 0 ? filters.categories.map((c) => c.split('/').at(-1)).join('、') : strings.list.heading;
  // In the drawer the dialog's own bar carries the title, so the tree goes without.
  const renderTree = (titled: boolean) => data && (
    <nav aria-label={strings.filters.heading}>
      <div className={`mb-2 flex items-center px-2 ${titled ? 'justify-between' : 'justify-end'}`}>
        {titled && <h2 className="text-sm font-semibold text-muted">{strings.filters.heading}</h2>}
        {hasFilters(filters) && (
          <Link to={paths.home.getHref()} className="text-sm text-accent hover:underline">
            {strings.filters.clearAll}
          </Link>
        )}
      </div>
      <CategoryTree nodes={data.manifest.categories} selected={filters.categories} counts={counts} onToggle={toggle} />
    </nav>
  );

  return (
    <div className="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
      <title>{strings.app.pageTitle(title)}</title>
      <aside className="hidden lg:block">
        <div className="sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto pb-6">{renderTree(true)}</div>
      </aside>
      <section aria-labelledby="list-heading" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 sm:px-0">
          <div className="min-w-36 flex-1">
            <h1 id="list-heading" className="truncate text-xl font-bold">
              {title}
            </h1>
            {data && <p className="text-sm text-faint">{strings.list.total(data.partial ? data.manifest.articleCount : data.rows.length)}</p>}
          </div>
          <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            onClick={() => void navigate(paths.home.getHref(listFiltersToSearch({ ...filters, unread: !filters.unread })))}
            aria-pressed={filters.unread}
            className={`inline-flex min-h-11 items-center rounded-lg border px-3 text-sm ${
              filters.unread ? 'border-accent bg-accent-soft text-accent' : 'border-line bg-surface text-muted hover:border-accent'
            }`}
          >
            {strings.list.unreadOnly}
          </button>
          <button
            type="button"
            onClick={() => void markAll()}
            disabled={!data || data.partial || data.rows.length === 0}
            className="inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-3 text-sm text-muted hover:border-accent disabled:opacity-50"
          >
            {strings.list.markAllRead}
          </button>
          <button
            type="button"
            onClick={() => drawer.current?.showModal()}
            className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-line bg-surface px-3 text-sm lg:hidden"
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4">
              <path d="M3 5h14M6 10h8M8.5 15h3" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
            {strings.filters.open}
          </button>
          </div>
        </div>
        {data && <ActiveFilters filters={filters} manifest={data.manifest} />}
        {error ? (
          <BundleLoadError error={error} retrying={isFetching} onRetry={refetch} />
        ) : data ? (
          <VirtualArticleList key={search} manifest={data.manifest} index={data.index} rows={data.rows} search={search} activeStock={filters.stock} />
        ) : (
          <ArticleListSkeleton />
        )}
      </section>
      <UndoToast
        message={undo?.message ?? null}
        stamp={undo?.stamp ?? 0}
        onUndo={() => {
          if (undo) void undoMarkAllRead(undo.token);
          setUndo(null);
        }}
        onExpire={() => setUndo(null)}
      />
      <dialog
        ref={drawer}
        aria-label={strings.filters.heading}
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
        className="m-0 h-dvh max-h-none w-[min(22rem,88vw)] max-w-none bg-surface p-0 text-ink backdrop:bg-black/40 lg:hidden"
      >
        <div className="flex items-center justify-between border-b border-line px-4 py-3">
          <span className="font-semibold">{strings.filters.heading}</span>
          <button type="button" onClick={() => drawer.current?.close()} className="min-h-11 rounded-lg px-3 text-sm text-muted hover:bg-sunken">
            {strings.filters.close}
          </button>
        </div>
        <div className="p-2">{renderTree(false)}</div>
      </dialog>
    </div>
  );
}

function manifestCounts(nodes: readonly CategoryNode[], into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) {
    into.set(joinCategoryPath(node.path), node.count);
    manifestCounts(node.children, into);
  }
  return into;
}
