import { useSyncExternalStore } from 'react';

import { announceDbChange, getDucaiDb, onDbChange, writeTransaction } from '../../lib/ducai-db';

/**
 * Which articles the reader has opened, kept in the `read` store of the `ducai`
 * database (src/lib/ducai-db.ts) and shared by every tab (BroadcastChannel
 * `ducai-bookmarks`, and a re-read on focus).
 *
 * For other features:
 * - the reading view calls `markRead(id)` when an article opens;
 * - the list calls `useReadIds()` to dim read items and to filter `?unread=1`;
 * - 全部标为已读 calls `markAllRead(ids)` with the ids shown, keeps the token it returns,
 *   and offers 撤销, which calls `undoMarkAllRead(token)`.
 *
 * Read state is a convenience, not the reader's data: it changes in memory at once and
 * is kept for this visit even when the device's storage refuses the write (logged).
 */

let readIds: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function setReadIds(next: ReadonlySet<string>) {
  readIds = next;
  for (const listener of listeners) listener();
}

function withIds(add: readonly string[], remove: readonly string[] = []): ReadonlySet<string> {
  const next = new Set(readIds);
  for (const id of add) next.add(id);
  for (const id of remove) next.delete(id);
  return next;
}

/** Ids changed by this tab but not yet written: a re-read must not undo them. */
const pendingAdds = new Set<string>();
const pendingRemoves = new Set<string>();

async function reload(): Promise<void> {
  const db = await getDucaiDb();
  const keys = await db.getAllKeys('read');
  const next = new Set(keys);
  for (const id of pendingAdds) next.add(id);
  for (const id of pendingRemoves) next.delete(id);
  setReadIds(next);
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

/** Every article id marked read. The same Set until something changes. */
export function useReadIds(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, () => readIds);
}

export function useIsRead(id: string): boolean {
  return useSyncExternalStore(subscribe, () => readIds.has(id));
}

async function track(adds: readonly string[], removes: readonly string[], write: () => Promise<void>): Promise<void> {
  for (const id of adds) pendingAdds.add(id);
  for (const id of removes) pendingRemoves.add(id);
  try {
    await write();
    announceDbChange({ kind: 'read', ids: [...adds, ...removes] });
  } catch (error) {
    console.warn('read state: not saved on this device', error);
  } finally {
    for (const id of adds) pendingAdds.delete(id);
    for (const id of removes) pendingRemoves.delete(id);
  }
}

/** Marks an article read (the reading view calls it when the article opens). */
export async function markRead(id: string): Promise<void> {
  start();
  if (!readIds.has(id)) setReadIds(withIds([id]));
  await track([id], [], () =>
    writeTransaction(['read'], async (tx) => {
      await tx.objectStore('read').put({ id, readAt: Date.now() });
    }),
  );
}

/** What `markAllRead` changed, for `undoMarkAllRead`. Opaque to callers. */
export interface MarkAllReadToken {
  /** The ids that were unread and are now read. */
  readonly ids: readonly string[];
  readonly readAt: number;
}

/**
 * Marks every id read in one write and resolves with the token that undoes it: only
 * the ids that were unread are in it, so undo never unmarks what was read before.
 */
export async function markAllRead(ids: readonly string[]): Promise<MarkAllReadToken> {
  start();
  const fresh = [...new Set(ids)].filter((id) => !readIds.has(id));
  const readAt = Date.now();
  const token: MarkAllReadToken = { ids: fresh, readAt };
  if (fresh.length === 0) return token;
  setReadIds(withIds(fresh));
  await track(fresh, [], () =>
    writeTransaction(['read'], async (tx) => {
      const store = tx.objectStore('read');
      const stored = new Set(await store.getAllKeys());
      for (const id of fresh) if (!stored.has(id)) await store.put({ id, readAt });
    }),
  );
  return token;
}

/**
 * Unmarks what `markAllRead` marked, except articles opened since (their read time is
 * later than the token's).
 */
export async function undoMarkAllRead(token: MarkAllReadToken): Promise<void> {
  start();
  if (token.ids.length === 0) return;
  // Without the database (the write failed), every id of the token is unmarked in memory.
  let undone: readonly string[] = token.ids;
  await track([], token.ids, () =>
    writeTransaction(['read'], async (tx) => {
      const store = tx.objectStore('read');
      const removed: string[] = [];
      for (const id of token.ids) {
        const record = await store.get(id);
        if (record && record.readAt !== token.readAt) continue;
        if (record) await store.delete(id);
        removed.push(id);
      }
      undone = removed;
    }),
  );
  setReadIds(withIds([], undone));
}
