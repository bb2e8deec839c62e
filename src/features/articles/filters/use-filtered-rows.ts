import { useMemo } from 'react';

import type { ArticleIndex, Manifest, MetaPage } from '../../../shared/bundle-types';
import { joinCategoryPath } from '../../../shared/category-path';
import { filterRows } from '../../../shared/filter-index';
import { hasFilters, type ListFilters } from '../../../shared/list-filters';
import { useArticleIndex } from '../api/get-article-index';
import { useManifest } from '../api/get-manifest';
import { useMetaPage } from '../api/get-meta-page';
import { useReadIds } from '../../read-state/read-store';

export interface FilteredRows {
  readonly manifest: Manifest;
  readonly index: ArticleIndex;
  /** Rows of the index that pass the filters, newest first. */
  readonly rows: Int32Array;
  /** The read ids the rows were filtered with (unread filter only), for faceted counts. */
  readonly readIds: ReadonlySet<string> | null;
  /**
   * True while only the first metadata page stands in for the index: the unfiltered
   * list can show its first screen before the index (megabytes at 100,000 articles)
   * arrives. `rows` then covers that page only.
   */
  readonly partial: boolean;
}

/**
 * The articles a filter selects, as rows of the index. Memoized per index and filter,
 * so re-renders (scrolling, hovering) never filter again.
 */
export function useFilteredRows(filters: ListFilters) {
  const manifest = useManifest();
  const index = useArticleIndex(manifest.data);
  const firstPage = useMetaPage(manifest.data, 1);
  const readIds = useReadIds();
  // Read state matters only to the unread filter; other lists must not refilter on every read.
  const readKey = filters.unread ? readIds : null;
  const filterKey = `${filters.categories.join('\n')}|${filters.stock ?? ''}|${filters.unread}`;
  const unfiltered = !hasFilters(filters);
  const data = useMemo((): FilteredRows | undefined => {
    if (!manifest.data) return undefined;
    if (index.data) {
      return {
        manifest: manifest.data,
        index: index.data,
        rows: filterRows(index.data, filters, readKey ?? undefined),
        readIds: readKey,
        partial: false,
      };
    }
    if (unfiltered && firstPage.data) {
      const stand = indexOfPage(firstPage.data);
      return { manifest: manifest.data, index: stand, rows: filterRows(stand, filters), readIds: null, partial: true };
    }
    return undefined;
    // filterKey stands for `filters`, whose identity changes on every render.
  }, [manifest.data, index.data, firstPage.data, filterKey, readKey]);
  const failed = manifest.error ?? index.error;
  return {
    data,
    error: failed,
    isFetching: manifest.isFetching || index.isFetching,
    refetch: () => {
      void manifest.refetch();
      void index.refetch();
    },
  };
}

/** The first page's articles as a small index, rows aligned with the real one. */
function indexOfPage(page: MetaPage): ArticleIndex {
  const categoryPaths = [...new Set(page.articles.flatMap((a) => a.categories.map(joinCategoryPath)))];
  const stockCodes = [...new Set(page.articles.flatMap((a) => a.stocks.map((s) => s.code)))];
  return {
    ids: page.articles.map((a) => a.id),
    dates: page.articles.map((a) => Math.floor(Date.parse(a.date) / 1000)),
    categoryPaths,
    categories: page.articles.map((a) => a.categories.map((p) => categoryPaths.indexOf(joinCategoryPath(p)))),
    stockCodes,
    stocks: page.articles.map((a) => a.stocks.map((s) => stockCodes.indexOf(s.code))),
  };
}
