import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';

import type { Article } from '../../../shared/bundle-types';
import { hasFilters, parseListFilters } from '../../../shared/list-filters';
import { useManifestIfLoaded } from '../../../bundle/manifest-query';
import { getMetaPageQueryOptions } from '../../../bundle/meta-page-query';
import { getOrdinalQueryOptions } from '../../../bundle/ordinal-query';
import { useTimeline } from '../../../bundle/timeline-query';
import { useListData, type MetaSource } from '../../articles/list/use-list-data';

/** An article next to the one open: enough to link to it and to prefetch it. */
export interface Neighbour {
  readonly id: string;
  readonly title: string;
  /** Known when its metadata was loaded; picks the immutable URL. */
  readonly rev: string | null;
}

export interface ArticleNeighbours {
  /** The newer article (the one above in the list), or null. */
  readonly previous: Neighbour | null;
  /** The older article (the one below), or null. */
  readonly next: Neighbour | null;
  /** Still being worked out (a filtered list's facets, this article's place, a page). */
  readonly pending: boolean;
}

/**
 * 上一篇 / 下一篇 of the list the reader came from (its filters are in `search`). The
 * unfiltered neighbours come with the article file itself; a filter's come from its
 * facets, once this article's place in the bundle is known (its day's main page).
 * Under 只看未读 the open article stays in its own neighbourhood although opening it
 * marked it read, and so do the others read on that list during this stay (they are kept
 * in view, features/read-state/read-while-viewing.ts): k after j returns to it.
 */
export function useArticleNeighbours(article: Pick<Article, 'id'> & Partial<Pick<Article, 'neighbours'>>, search: string): ArticleNeighbours {
  const filters = useMemo(() => parseListFilters(search), [search]);
  const filtered = hasFilters(filters);
  const client = useQueryClient();
  // Without a manifest (a saved copy shown offline), the neighbours the article file carries.
  const manifest = useManifestIfLoaded();
  const timeline = useTimeline(filtered ? manifest : undefined);
  const list = useListData(filters, { enabled: filtered });
  const t = timeline.data;
  const ordinalOptions = getOrdinalQueryOptions(client, manifest, t, article.id);
  const ordinal = useQuery({ ...ordinalOptions, enabled: filtered && ordinalOptions.enabled === true });

  const around = useMemo((): { readonly previous: MetaSource | null; readonly next: MetaSource | null } => {
    const none = { previous: null, next: null };
    const data = list.data;
    if (!filtered || !data || data.partial || ordinal.data === undefined || ordinal.data < 0) return none;
    const rows = data.rows;
    const o = ordinal.data;
    // rows descend: the first index whose ordinal is at most o.
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]! > o) lo = mid + 1;
      else hi = mid;
    }
    const newer = lo > 0 ? rows[lo - 1]! : undefined;
    const olderAt = rows[lo] === o ? lo + 1 : lo;
    const older = olderAt < rows.length ? rows[olderAt]! : undefined;
    return {
      previous: newer === undefined ? null : data.locate(newer),
      next: older === undefined ? null : data.locate(older),
    };
  }, [filtered, list.data, ordinal.data]);

  const sources = [around.previous, around.next];
  const pages = useQueries({
    queries: sources.map((source) => getMetaPageQueryOptions(manifest, source && 'page' in source ? source.page : null)),
  });
  const resolve = (i: number): Neighbour | null => {
    const source = sources[i];
    if (!source) return null;
    const meta = 'meta' in source ? source.meta : pages[i]?.data?.articles[source.offset];
    return meta ? { id: meta.id, title: meta.title, rev: meta.rev } : null;
  };

  if (!filtered) {
    const { newer, older } = article.neighbours ?? { newer: null, older: null };
    return {
      previous: newer ? { ...newer, rev: null } : null,
      next: older ? { ...older, rev: null } : null,
      pending: false,
    };
  }
  const pending =
    !list.data || list.data.partial || ordinal.isPending || sources.some((source, i) => source !== null && 'page' in source && pages[i]?.isPending === true);
  return { previous: resolve(0), next: resolve(1), pending };
}
