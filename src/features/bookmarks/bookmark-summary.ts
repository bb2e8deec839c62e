import { metaOfArticle, type StoredBookmark } from '../../lib/ducai-db';
import type { ArticleMeta } from '../../shared/bundle-types';

/** A bookmark as lists show it: everything but the article's body. */
export interface BookmarkSummary {
  readonly id: string;
  readonly savedAt: number;
  /** Title, date, categories …; null when only the id is known (not fetched yet). */
  readonly meta: ArticleMeta | null;
  readonly rev: string | null;
  readonly refreshedAt: number | null;
  /** Set when the current bundle no longer has the article (已不在当前数据中). */
  readonly missingSince: number | null;
  /** Whether the whole article is saved (it opens offline). */
  readonly hasArticle: boolean;
}

/** What the bookmarks query holds: every bookmark's summary by article id. */
export interface BookmarkSummaries {
  readonly byId: ReadonlyMap<string, BookmarkSummary>;
}

export function summaryOf(entry: StoredBookmark): BookmarkSummary {
  return {
    id: entry.id,
    savedAt: entry.savedAt,
    meta: entry.article ? metaOfArticle(entry.article) : entry.meta,
    rev: entry.rev,
    refreshedAt: entry.refreshedAt,
    missingSince: entry.missingSince,
    hasArticle: entry.article !== null,
  };
}

/** A bookmark known by its id alone (the first version kept nothing else). */
export function idOnlySummary(id: string): BookmarkSummary {
  return { id, savedAt: 0, meta: null, rev: null, refreshedAt: null, missingSince: null, hasArticle: false };
}

/**
 * `data` with `changes` applied (null removes), except the ids `keep` says to leave as
 * they are; the same object when nothing changed, so that nothing re-renders.
 */
export function withSummaries(
  data: BookmarkSummaries,
  changes: ReadonlyMap<string, BookmarkSummary | null>,
  keep: (id: string) => boolean = () => false,
): BookmarkSummaries {
  let byId: Map<string, BookmarkSummary> | null = null;
  for (const [id, summary] of changes) {
    if (keep(id) || (summary === null ? !data.byId.has(id) : data.byId.get(id) === summary)) continue;
    byId ??= new Map(data.byId);
    if (summary === null) byId.delete(id);
    else byId.set(id, summary);
  }
  return byId ? { byId } : data;
}
