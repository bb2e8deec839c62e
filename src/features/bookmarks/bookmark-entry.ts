import { joinCategoryPath, splitCategoryPath } from '../../shared/category-path';
import { metaOfArticle, type StoredBookmark } from '../../lib/ducai-db';
import type { ArticleContent, ArticleMeta } from '../../shared/bundle-types';

/**
 * Pure functions over bookmark records: building, refreshing, merging (import, undo,
 * another tab), sorting and filtering. No IndexedDB here; bookmark-writes.ts writes.
 */
export type BookmarkEntry = StoredBookmark;

/** Newest saved first (`saved`, the default) or newest article first (`date`, `?sort=date`). */
export type BookmarkSort = 'saved' | 'date';

export function newBookmark(
  id: string,
  { article, meta, now }: { readonly article: ArticleContent | null; readonly meta: ArticleMeta | null; readonly now: number },
): BookmarkEntry {
  return {
    id,
    savedAt: now,
    article,
    meta: article ? metaOfArticle(article) : meta,
    rev: article?.rev ?? null,
    refreshedAt: article ? now : null,
    missingSince: null,
  };
}

/** The entry with `article` as its copy (fetched from the bundle at `now`); the bundle has it. */
export function withArticle(entry: BookmarkEntry, article: ArticleContent, now: number): BookmarkEntry {
  return { ...entry, article, meta: metaOfArticle(article), rev: article.rev, refreshedAt: now, missingSince: null };
}

/**
 * True when the stored copy should be (re)fetched: there is none yet, or the bundle's
 * `rev` differs from it (the bundle holds a newer version). `bundleRev` null: unknown.
 */
export function needsRefresh(hasArticle: boolean, storedRev: string | null, bundleRev: string | null): boolean {
  return !hasArticle || (bundleRev !== null && storedRev !== bundleRev);
}

/** How new an entry's copy of the article is: a whole article beats metadata beats nothing; then the later fetch. */
function copyRank(entry: BookmarkEntry): readonly [number, number] {
  if (entry.article) return [2, entry.refreshedAt ?? 0];
  return [entry.meta ? 1 : 0, 0];
}

function isNewerCopy(a: BookmarkEntry, b: BookmarkEntry): boolean {
  const [ra, ta] = copyRank(a);
  const [rb, tb] = copyRank(b);
  return ra !== rb ? ra > rb : ta > tb;
}

export type MergeChange = 'added' | 'updated' | 'unchanged';

/**
 * Merges `incoming` (from an imported file, an undo, or another device) into what is
 * stored. The rules, by article id:
 * - an entry only one side has is kept (nothing is ever deleted);
 * - the newer copy of the article wins: a whole article beats metadata only, and
 *   between two articles the one fetched later (`refreshedAt`) wins; on a tie the
 *   stored copy stays;
 * - `savedAt` is the later of the two;
 * - `missingSince` is this device's knowledge of its bundle and stays as stored.
 */
export function mergeBookmark(existing: BookmarkEntry | undefined, incoming: BookmarkEntry): { readonly entry: BookmarkEntry; readonly change: MergeChange } {
  if (!existing) return { entry: incoming, change: 'added' };
  const takeCopy = isNewerCopy(incoming, existing);
  const savedAt = Math.max(existing.savedAt, incoming.savedAt);
  if (!takeCopy && savedAt === existing.savedAt) return { entry: existing, change: 'unchanged' };
  const copy = takeCopy ? incoming : existing;
  return {
    entry: {
      id: existing.id,
      savedAt,
      article: copy.article,
      meta: copy.meta ?? existing.meta,
      rev: copy.rev,
      refreshedAt: copy.refreshedAt,
      missingSince: existing.missingSince,
    },
    change: 'updated',
  };
}

/** What sorting and filtering need; `meta` is the article's metadata whenever the article is saved. */
type Listed = Pick<BookmarkEntry, 'id' | 'savedAt' | 'meta'>;

export function sortBookmarks<T extends Listed>(entries: readonly T[], sort: BookmarkSort): T[] {
  const dateOf = (entry: T) => {
    const time = entry.meta ? Date.parse(entry.meta.date) : Number.NaN;
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
  };
  return [...entries].sort((a, b) => {
    const primary = sort === 'date' ? dateOf(b) - dateOf(a) : b.savedAt - a.savedAt;
    if (primary !== 0 && !Number.isNaN(primary)) return primary;
    const secondary = b.savedAt - a.savedAt;
    return secondary !== 0 ? secondary : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export interface BookmarkCategory {
  /** Names joined by "/", as in `?category=`. */
  readonly path: string;
  readonly name: string;
  readonly depth: number;
  /** Bookmarks filed under it or below, each counted once. */
  readonly count: number;
}

function categoryPathsOf(entry: Pick<BookmarkEntry, 'meta'>): string[] {
  return (entry.meta?.categories ?? []).map(joinCategoryPath);
}

/**
 * The categories the bookmarks are filed under, to `maxDepth` levels, as a flattened tree:
 * each node followed by its children; siblings by count, then name.
 */
export function bookmarkCategories(entries: readonly Pick<BookmarkEntry, 'meta'>[], maxDepth = 2): BookmarkCategory[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const nodes = new Set<string>();
    for (const path of entry.meta?.categories ?? []) {
      for (let depth = 1; depth <= Math.min(maxDepth, path.length); depth++) nodes.add(joinCategoryPath(path.slice(0, depth)));
    }
    for (const node of nodes) counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  // Children grouped by parent in one pass, each group sorted once: n log n in the nodes
  // (looking every node's children up among all nodes was quadratic).
  const childrenOf = new Map<string | null, string[]>();
  for (const path of counts.keys()) {
    const cut = path.lastIndexOf('/');
    const parent = cut === -1 ? null : path.slice(0, cut);
    let group = childrenOf.get(parent);
    if (!group) childrenOf.set(parent, (group = []));
    group.push(path);
  }
  for (const group of childrenOf.values()) group.sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b, 'zh-CN'));
  const out: BookmarkCategory[] = [];
  // Depth-first with its own stack; a node's children follow it, in order.
  const stack = [...(childrenOf.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const path = stack.pop()!;
    const parts = splitCategoryPath(path);
    out.push({ path, name: parts.at(-1)!, depth: parts.length, count: counts.get(path)! });
    const children = childrenOf.get(path) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Bookmarks filed under any of `categories` (a node includes its descendants); all when none. */
export function filterBookmarksByCategories<T extends Pick<BookmarkEntry, 'meta'>>(entries: readonly T[], categories: readonly string[]): T[] {
  if (categories.length === 0) return [...entries];
  return entries.filter((entry) => categoryPathsOf(entry).some((path) => categories.some((c) => path === c || path.startsWith(`${c}/`))));
}
