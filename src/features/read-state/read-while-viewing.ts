import { queryOptions, useQuery } from '@tanstack/react-query';

import { queryClient } from '../../lib/query-client';
import { listFiltersToSearch, parseListFilters, type ListFilters } from '../../shared/list-filters';

const NONE: ReadonlySet<string> = new Set();

/** The 只看未读 list being viewed (its canonical filter search), and what was read on it. */
interface Visit {
  readonly key: string | null;
  readonly ids: ReadonlySet<string>;
}

const NO_VISIT: Visit = Object.freeze({ key: null, ids: NONE });

/**
 * Held by the query client like the rest of the client state: a query that is never
 * fetched (initialData; it lives and dies with the page), written with setQueryData.
 * The writes are plain functions (the reading view and the list call them from effects
 * and handlers) through the app's one client.
 */
function visitQueryOptions() {
  return queryOptions({
    queryKey: ['read-state', 'kept-while-viewing'],
    queryFn: () => NO_VISIT,
    initialData: NO_VISIT,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

const current = (): Visit => queryClient.getQueryData(visitQueryOptions().queryKey) ?? NO_VISIT;
const set = (next: Visit) => queryClient.setQueryData(visitQueryOptions().queryKey, next);

function keptIn(visit: Visit, filters: ListFilters): ReadonlySet<string> {
  const key = unreadListKey(filters);
  return key !== null && key === visit.key ? visit.ids : NONE;
}

/** The list a search string belongs to when it is an 只看未读 one (segments aside), else null. */
export function unreadListKey(search: string | ListFilters): string | null {
  const filters = typeof search === 'string' ? parseListFilters(search) : search;
  return filters.unread ? listFiltersToSearch(filters) : null;
}

/**
 * The articles read during this stay on one 只看未读 list — opened from it, read in its
 * reading view (j/k there), marked with `m` — which that list keeps showing, dimmed and
 * labelled 已读, so the reader does not lose their place. The stay ends when the page
 * leaves the list and its articles (toggling the filter, another filter, another page)
 * and with the page itself; then the list hides them like any other read article.
 */
export const readWhileViewing = {
  /** Where the page now is: an 只看未读 list or one of its articles (`key`), or elsewhere (null). */
  visit(key: string | null): void {
    if (key !== current().key) set({ key, ids: NONE });
  },
  /** Keeps an article read on the list `search` belongs to in view there. */
  keep(search: string, id: string): void {
    const key = unreadListKey(search);
    const visit = current();
    if (key === null || (visit.key === key && visit.ids.has(id))) return;
    set({ key, ids: new Set([...(visit.key === key ? visit.ids : []), id]) });
  },
  /** 全部标为已读: nothing is kept in view any more. */
  forget(): void {
    const visit = current();
    if (visit.ids.size > 0) set({ key: visit.key, ids: NONE });
  },
  /** What the list with these filters keeps in view (nothing unless it is the one being viewed). */
  keptBy(filters: ListFilters): ReadonlySet<string> {
    return keptIn(current(), filters);
  },
};

/** The ids the list with `filters` keeps in view although read; the same set until it changes. */
export function useKeptWhileViewing(filters: ListFilters): ReadonlySet<string> {
  return useQuery({ ...visitQueryOptions(), select: (visit) => keptIn(visit, filters) }, queryClient).data;
}
