import type { ArticleMeta } from '../../shared/bundle-types';
import { compareArticleKeys } from '../../shared/article-id';
import { joinCategoryPath } from '../../shared/category-path';
import type { ReadRule, ReadState } from './read-state-query';

/** Whether a rule's filter selects an article: any of its categories (or below), and its stock. */
export function ruleSelects(rule: Pick<ReadRule, 'categories' | 'stock'>, meta: Pick<ArticleMeta, 'categories' | 'stocks'>): boolean {
  if (rule.stock !== null && !meta.stocks.some((s) => s.code === rule.stock)) return false;
  if (rule.categories.length === 0) return true;
  return meta.categories.some((path) => {
    const joined = joinCategoryPath(path);
    return rule.categories.some((c) => joined === c || joined.startsWith(`${c}/`));
  });
}

/**
 * Whether the state counts an article read: opened (or marked read), or covered by a
 * 全部标为已读 — unless it was marked unread after that rule was made. The latest word
 * wins: marking unread beats the rules before it, and a later 全部标为已读 covers it
 * again (undoing that rule brings the unread mark back).
 */
export function isReadBy(read: Pick<ReadState, 'ids' | 'unread' | 'rules'>, meta: Pick<ArticleMeta, 'id' | 'date' | 'categories' | 'stocks'>): boolean {
  if (read.ids.has(meta.id)) return true;
  const unreadAt = read.unread.get(meta.id);
  return read.rules.some((rule) => (unreadAt === undefined || rule.readAt > unreadAt) && ruleSelects(rule, meta) && compareArticleKeys(meta, rule.cut) <= 0);
}
