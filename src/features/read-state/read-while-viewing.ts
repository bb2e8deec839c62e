import { useSyncExternalStore } from 'react';

import { listFiltersToSearch, parseListFilters, type ListFilters } from '../../shared/list-filters';

const NONE: ReadonlySet<string> = new Set();

/** The 只看未读 list being viewed (its canonical filter search), and what was read on it. */
let visit: { readonly key: string | null; readonly ids: ReadonlySet<string> } = { key: null, ids: NONE };
const listeners = new Set<() => void>();

function set(next: typeof visit) {
  visit = next;
  for (const listener of listeners) listener();
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
    if (key !== visit.key) set({ key, ids: NONE });
  },
  /** Keeps an article read on the list `search` belongs to in view there. */
  keep(search: string, id: string): void {
    const key = unreadListKey(search);
    if (key === null || (visit.key === key && visit.ids.has(id))) return;
    set({ key, ids: new Set([...(visit.key === key ? visit.ids : []), id]) });
  },
  /** 全部标为已读: nothing is kept in view any more. */
  forget(): void {
    if (visit.ids.size > 0) set({ key: visit.key, ids: NONE });
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** What the list with these filters keeps in view (nothing unless it is the one being viewed). */
  keptBy(filters: ListFilters): ReadonlySet<string> {
    const key = unreadListKey(filters);
    return key !== null && key === visit.key ? visit.ids : NONE;
  },
};

/** The ids the list with `filters` keeps in view although read; the same set until it changes. */
export function useKeptWhileViewing(filters: ListFilters): ReadonlySet<string> {
  const get = () => readWhileViewing.keptBy(filters);
  return useSyncExternalStore(readWhileViewing.subscribe, get, get);
}
