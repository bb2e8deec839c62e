import { useMemo } from 'react';

import type { ArticleIndex, Manifest } from '../../../shared/bundle-types';
import { useArticleIndex } from '../api/get-article-index';
import { useManifest } from '../api/get-manifest';
import { useReadIds } from '../../read-state/read-store';
import { filterRows } from '../../../shared/filter-index';
import type { ListFilters } from '../../../shared/list-filters';

export interface FilteredRows {
  readonly manifest: Manifest;
  readonly index: ArticleIndex;
  /** Rows of the index that pass the filters, newest first. */
  readonly rows: Int32Array;
  /** The read ids the rows were filtered with (unread filter only), for faceted counts. */
  readonly readIds: ReadonlySet<string> | null;
}

/**
 * The articles a filter selects, as rows of the index. Memoized per index and filter,
 * so re-renders (scrolling, hovering) never filter again.
 */
export function useFilteredRows(filters: ListFilters) {
  const manifest = useManifest();
  const index = useArticleIndex(manifest.data);
  const readIds = useReadIds();
  // Read state matters only to the unread filter; other lists must not refilter on every read.
  const readKey = filters.unread ? readIds : null;
  const filterKey = `${filters.categories.join('\n')}|${filters.stock ?? ''}|${filters.unread}`;
  const data = useMemo((): FilteredRows | undefined => {
    if (!manifest.data || !index.data) return undefined;
    return { manifest: manifest.data, index: index.data, rows: filterRows(index.data, filters, readKey ?? undefined), readIds: readKey };
    // filterKey stands for `filters`, whose identity changes on every render.
  }, [manifest.data, index.data, filterKey, readKey]);
  const failed = manifest.error ?? index.error;
  return { data, error: failed, isFetching: manifest.isFetching || index.isFetching, refetch: () => {
    void manifest.refetch();
    void index.refetch();
  } };
}
