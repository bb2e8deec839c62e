import { useMemo } from 'react';

import type { ArticleMeta } from '../../../shared/bundle-types';
import { useArticleIndex } from '../api/get-article-index';
import { useManifest } from '../api/get-manifest';
import { useMetaPages } from '../api/get-meta-page';
import { useReadIds } from '../../read-state/read-store';
import { filterRows } from '../../../shared/filter-index';
import { parseListFilters } from '../../../shared/list-filters';

export interface ArticleNeighbours {
  /** The newer article in the current filter (the one above in the list), or null. */
  readonly previous: ArticleMeta | null;
  /** The older article in the current filter (the one below), or null. */
  readonly next: ArticleMeta | null;
}

/**
 * The articles before and after `id` in the list as filtered by `search` (the list's
 * search string, carried in the article's URL), so previous/next stay within the filter.
 * Under the unread filter the open article counts as unread: opening it marks it read,
 * and it must not drop out of its own neighbourhood.
 */
export function useArticleNeighbours(id: string, search: string): ArticleNeighbours {
  const filters = useMemo(() => parseListFilters(search), [search]);
  const manifest = useManifest();
  const index = useArticleIndex(manifest.data);
  const readIds = useReadIds();
  const around = useMemo(() => {
    const none = { previous: -1, next: -1 };
    if (!index.data) return none;
    const row = index.data.ids.indexOf(id);
    if (row === -1) return none;
    const unreadHere = filters.unread ? new Set([...readIds].filter((readId) => readId !== id)) : undefined;
    const rows = filterRows(index.data, filters, unreadHere);
    const at = rows.indexOf(row);
    if (at === -1) return none;
    return { previous: at > 0 ? rows[at - 1]! : -1, next: at + 1 < rows.length ? rows[at + 1]! : -1 };
  }, [index.data, filters, id, filters.unread ? readIds : null]);
  const pageSize = manifest.data?.meta.pageSize ?? 1;
  const pageOf = (row: number) => Math.floor(row / pageSize) + 1;
  const wanted = [around.previous, around.next].filter((row) => row >= 0).map(pageOf);
  const pages = useMetaPages(manifest.data, [...new Set(wanted)]);
  const metaAt = (row: number): ArticleMeta | null => {
    if (row < 0) return null;
    const page = pages.find((p) => p.data?.page === pageOf(row))?.data;
    return page?.articles[row % pageSize] ?? null;
  };
  return { previous: metaAt(around.previous), next: metaAt(around.next) };
}
