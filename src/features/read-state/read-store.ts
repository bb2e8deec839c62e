import { useSyncExternalStore } from 'react';

import type { ArticleMeta } from '../../shared/bundle-types';
import { compareArticleKeys } from '../../shared/article-id';
import { joinCategoryPath } from '../../shared/category-path';
import { announceDbChange, getDucaiDb, onDbChange, writeTransaction, type StoredReadRule } from '../../lib/ducai-db';

/**
 * Which articles the reader has read, kept in the `ducai` database (src/lib/ducai-db.ts)
 * and shared by every tab (BroadcastChannel `ducai-bookmarks`, and a re-read on focus):
 *
 * - `read`: one record per article opened;
 * - `readRules`: one record per 全部标为已读 — the filter and the newest article it
 *   covered — so marking 100,000 articles costs one record and no download of their ids.
 *
 * For other features: the reading view calls `markRead(id)`; the list reads
 * `useReadState()` (and `isReadBy` for one article); 全部标为已读 calls `markAllRead` and
 * offers 撤销 with the token it returns. Which *ordinals* of a bundle are read is worked
 * out by ./read-ordinals.ts, since that needs the bundle.
 *
 * Read state is a convenience, not the reader's data: it changes in memory at once and
 * is kept for this visit even when the device's storage refuses the write (logged).
 */

export interface ReadRule {
  readonly id: string;
  readonly readAt: number;
  readonly categories: readonly string[];
  readonly stock: string | null;
  readonly cut: { readonly id: string; readonly date: string };
}

export interface ReadState {
  readonly ids: ReadonlySet<string>;
  readonly rules: readonly ReadRule[];
  /** Grows with every change: a cache key for what is derived from the state. */
  readonly revision: number;
}

let state: ReadState = { ids: new Set(), rules: [], revision: 0 };
const listeners = new Set<() => void>();

function setState(ids: ReadonlySet<string>, rules: readonly ReadRule[]) {
  state = { ids, rules, revision: state.revision + 1 };
  for (const listener of listeners) listener();
}

/** Changes made by this tab but not yet written: a re-read must not undo them. */
const pendingAdds = new Set<string>();
const pendingRules = new Map<string, ReadRule | null>();

async function reload(): Promise<void> {
  const db = await getDucaiDb();
  const tx = db.transaction(['read', 'readRules']);
  const [keys, stored] = await Promise.all([tx.objectStore('read').getAllKeys(), tx.objectStore('readRules').getAll()]);
  const ids = new Set(keys);
  for (const id of pendingAdds) ids.add(id);
  const rules = new Map(stored.map((rule) => [rule.id, toRule(rule)]));
  for (const [id, rule] of pendingRules) {
    if (rule) rules.set(id, rule);
    else rules.delete(id);
  }
  setState(ids, [...rules.values()]);
}

function toRule(stored: StoredReadRule): ReadRule {
  return { id: stored.id, readAt: stored.readAt, categories: stored.categories, stock: stored.stock, cut: stored.cut };
}

let started = false;

function start() {
  if (started) return;
  started = true;
  void reload().catch((error: unknown) => console.warn('read state: cannot be read', error));
  if (typeof window === 'undefined') return;
  onDbChange((change) => {
    if (change.kind === 'read') void reload().catch(() => {});
  });
  window.addEventListener('focus', () => void reload().catch(() => {}));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  start();
  return () => listeners.delete(listener);
}

/** The whole read state; the same object until something changes. */
export function useReadState(): ReadState {
  return useSyncExternalStore(subscribe, () => state);
}

/** Whether a rule's filter selects an article: any of its categories (or below), and its stock. */
export function ruleSelects(rule: Pick<ReadRule, 'categories' | 'stock'>, meta: Pick<ArticleMeta, 'categories' | 'stocks'>): boolean {
  if (rule.stock !== null && !meta.stocks.some((s) => s.code === rule.stock)) return false;
  if (rule.categories.length === 0) return true;
  return meta.categories.some((path) => {
    const joined = joinCategoryPath(path);
    return rule.categories.some((c) => joined === c || joined.startsWith(`${c}/`));
  });
}

/** Whether the state counts an article read: opened, or covered by a 全部标为已读. */
export function isReadBy(read: ReadState, meta: ArticleMeta): boolean {
  if (read.ids.has(meta.id)) return true;
  return read.rules.some((rule) => ruleSelects(rule, meta) && compareArticleKeys(meta, rule.cut) <= 0);
}

export function useIsRead(meta: ArticleMeta): boolean {
  return useSyncExternalStore(subscribe, () => isReadBy(state, meta));
}

async function track(write: () => Promise<void>, settle: () => void): Promise<void> {
  try {
    await write();
    announceDbChange({ kind: 'read', ids: 'all' });
  } catch (error) {
    console.warn('read state: not saved on this device', error);
  } finally {
    settle();
  }
}

/** Marks an article read (the reading view calls it when the article opens). */
export async function markRead(id: string): Promise<void> {
  start();
  if (state.ids.has(id)) return;
  setState(new Set([...state.ids, id]), state.rules);
  pendingAdds.add(id);
  await track(
    () =>
      writeTransaction(['read'], async (tx) => {
        await tx.objectStore('read').put({ id, readAt: Date.now() });
      }),
    () => pendingAdds.delete(id),
  );
}

/** What `markAllRead` changed, for `undoMarkAllRead`. Opaque to callers. */
export interface MarkAllReadToken {
  readonly ruleId: string;
}

/**
 * Marks read every article `filters` select up to and including `cut` (the newest the
 * list shows), in one record. Undo removes exactly that record: what was read before,
 * and what was opened since, stays read.
 */
export async function markAllRead(
  filters: { readonly categories: readonly string[]; readonly stock: string | null },
  cut: { readonly id: string; readonly date: string },
): Promise<MarkAllReadToken> {
  start();
  const readAt = Date.now();
  const rule: ReadRule = {
    id: `rule-${readAt}-${Math.random().toString(36).slice(2, 8)}`,
    readAt,
    categories: [...filters.categories],
    stock: filters.stock,
    cut: { id: cut.id, date: cut.date },
  };
  setState(state.ids, [...state.rules, rule]);
  pendingRules.set(rule.id, rule);
  await track(
    () =>
      writeTransaction(['readRules'], async (tx) => {
        await tx.objectStore('readRules').put({ ...rule, categories: [...rule.categories] });
      }),
    () => pendingRules.delete(rule.id),
  );
  return { ruleId: rule.id };
}

export async function undoMarkAllRead(token: MarkAllReadToken): Promise<void> {
  start();
  setState(state.ids, state.rules.filter((rule) => rule.id !== token.ruleId));
  pendingRules.set(token.ruleId, null);
  await track(
    () =>
      writeTransaction(['readRules'], async (tx) => {
        await tx.objectStore('readRules').delete(token.ruleId);
      }),
    () => pendingRules.delete(token.ruleId),
  );
}
