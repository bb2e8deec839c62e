import { useMemo } from 'react';

import type { ArticleMeta } from '../../../shared/bundle-types';
import { useMetaPages } from '../api/get-meta-page';
import { parseListFilters } from './list-filters';
import { useFilteredRows } from './use-filtered-rows';

export interface ArticleNeighbours {
  /** The newer article in the current filter (the one above in the list), or null. */
  readonly previous: ArticleMeta | null;
  /** The older article in the current filter (the one below), or null. */
  readonly next: ArticleMeta | null;
}

/**
 * The articles before and after `id` in the list as filtered by `search` (the list's
 * search string, carried in the article's URL), so previous/next stay within the filter.
 */
export function useArticleNeighbours(id: string, search: string): ArticleNeighbours {
  const filters = useMemo(() => parseListFilters(search), [search]);
  const { data } = useFilteredRows(filters);
  const around = useMemo(() => {
    if (!data) return { previous: -1, next: -1 };
    const row = data.index.ids.indexOf(id);
    const at = row === -1 ? -1 : data.rows.indexOf(row);
    if (at === -1) return { previous: -1, next: -1 };
    return { previous: at > 0 ? data.rows[at - 1]! : -1, next: at + 1 < data.rows.length ? data.rows[at + 1]! : -1 };
  }, [data, id]);
  const pageSize = data?.manifest.meta.pageSize ?? 1;
  const pageOf = (row: number) => Math.floor(row / pageSize) + 1;
  const wanted = [around.previous, around.next].filter((row) => row >= 0).map(pageOf);
  const pages = useMetaPages(data?.manifest, [...new Set(wanted)]);
  const metaAt = (row: number): ArticleMeta | null => {
    if (row < 0) return null;
    const page = pages.find((p) => p.data?.page === pageOf(row))?.data;
    return page?.articles[row % pageSize] ?? null;
  };
  return { previous: metaAt(around.previous), next: metaAt(around.next) };
}
