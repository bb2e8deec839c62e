import { useSyncExternalStore } from 'react';

import type { ArticleMeta } from '../../shared/bundle-types';
import { announceDbChange, getDucaiDb, onDbChange, writeTransaction, type StoredRead, type StoredReadRule } from '../../lib/ducai-db';
import { isReadBy } from './is-read-by';

/**
 * Which articles the reader has read, kept in the `ducai` database (src/lib/ducai-db.ts)
 * and shared by every tab (BroadcastChannel `ducai-bookmarks`, and a re-read on focus):
 *
 * - `read`: one record per article opened or marked with `m` — read, or (`unread: true`)
 *   marked unread, which beats any 全部标为已读 made before it;
 * - `readRules`: one record per 全部标为已读 — the filter and the newest article it
 *   covered — so marking 100,000 articles costs one record and no download of their ids.
 *
 * For other features: the reading view calls `markRead(id)`; `m` calls `toggleRead`; the
 * list reads `useReadState()` (and `isReadBy` in ./is-read-by.ts for one article);
 * 全部标为已读 calls `markAllRead` and offers 撤销 with the token it returns. Which
 * *ordinals* of a bundle are read is worked out by ./read-ordinals.ts, since that needs
 * the bundle.
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
  /** Opened or marked read. */
  readonly ids: ReadonlySet<string>;
  /** Marked unread, with when (epoch ms); never also in `ids`. */
  readonly unread: ReadonlyMap<string, number>;
  readonly rules: readonly ReadRule[];
  /** Grows with every change: a cache key for what is derived from the state. */
  readonly revision: number;
}

let state: ReadState = { ids: new Set(), unread: new Map(), rules: [], revision: 0 };
const listeners = new Set<() => void>();

function setState(ids: ReadonlySet<string>, unread: ReadonlyMap<string, number>, rules: readonly ReadRule[]) {
  state = { ids, unread, rules, revision: state.revision + 1 };
  for (const listener of listeners) listener();
}

/** Changes made by this tab but not yet written: a re-read must not undo them. */
const pendingMarks = new Map<string, StoredRead>();
const pendingRules = new Map<string, ReadRule | null>();

async function reload(): Promise<void> {
  const db = await getDucaiDb();
  const tx = db.transaction(['read', 'readRules']);
  const [marks, stored] = await Promise.all([tx.objectStore('read').getAll(), tx.objectStore('readRules').getAll()]);
  const ids = new Set<string>();
  const unread = new Map<string, number>();
  for (const mark of [...marks, ...pendingMarks.values()]) {
    if (mark.unread === true) {
      ids.delete(mark.id);
      unread.set(mark.id, mark.readAt);
    } else {
      unread.delete(mark.id);
      ids.add(mark.id);
    }
  }
  const rules = new Map(stored.map((rule) => [rule.id, toRule(rule)]));
  for (const [id, rule] of pendingRules) {
    if (rule) rules.set(id, rule);
    else rules.delete(id);
  }
  setState(ids, unread, [...rules.values()]);
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
  const unread = new Map(state.unread);
  unread.delete(id);
  setState(new Set([...state.ids, id]), unread, state.rules);
  await putMark({ id, readAt: Date.now() });
}

/**
 * Marks an article unread: it shows unread (and under 只看未读) even where a
 * 全部标为已读 covers it, until it is opened again or a later 全部标为已读 covers it.
 */
export async function markUnread(id: string): Promise<void> {
  start();
  const ids = new Set(state.ids);
  ids.delete(id);
  const readAt = Date.now();
  setState(ids, new Map([...state.unread, [id, readAt]]), state.rules);
  await putMark({ id, readAt, unread: true });
}

/** `m`: read becomes unread and unread becomes read. */
export function toggleRead(meta: ArticleMeta): Promise<void> {
  return isReadBy(state, meta) ? markUnread(meta.id) : markRead(meta.id);
}

async function putMark(mark: StoredRead): Promise<void> {
  pendingMarks.set(mark.id, mark);
  await track(
    () =>
      writeTransaction(['read'], async (tx) => {
        await tx.objectStore('read').put(mark);
      }),
    () => {
      if (pendingMarks.get(mark.id) === mark) pendingMarks.delete(mark.id);
    },
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
  setState(state.ids, state.unread, [...state.rules, rule]);
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
  setState(
    state.ids,
    state.unread,
    state.rules.filter((rule) => rule.id !== token.ruleId),
  );
  pendingRules.set(token.ruleId, null);
  await track(
    () =>
      writeTransaction(['readRules'], async (tx) => {
        await tx.objectStore('readRules').delete(token.ruleId);
      }),
    () => pendingRules.delete(token.ruleId),
  );
}
