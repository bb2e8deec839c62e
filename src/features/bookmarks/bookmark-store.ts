import { useSyncExternalStore } from 'react';

/**
 * Bookmarked article ids, persisted in localStorage and shared by every tab (the
 * `storage` event). A deliberately small first version: the offline bookmarks issue
 * replaces it with IndexedDB holding whole articles, migrating these ids.
 */
export const BOOKMARKS_STORAGE_KEY = 'ducai:bookmarks:v0';

const listeners = new Set<() => void>();
let cache: { raw: string | null; ids: ReadonlySet<string> } = { raw: null, ids: new Set() };

function read(): ReadonlySet<string> {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(BOOKMARKS_STORAGE_KEY);
  } catch {
    return cache.ids; // storage disabled: keep what this tab knows
  }
  if (raw === cache.raw) return cache.ids;
  let ids: ReadonlySet<string> = new Set();
  try {
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    if (Array.isArray(parsed)) ids = new Set(parsed.filter((v): v is string => typeof v === 'string'));
  } catch {
    // A corrupt value is treated as empty but left in place, never overwritten unasked.
  }
  cache = { raw, ids };
  return ids;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === BOOKMARKS_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Adds or removes `id`; returns false when storage refused the write (nothing changed). */
export function toggleBookmark(id: string): boolean {
  const next = new Set(read());
  if (next.has(id)) next.delete(id);
  else next.add(id);
  try {
    localStorage.setItem(BOOKMARKS_STORAGE_KEY, JSON.stringify([...next]));
  } catch {
    return false;
  }
  for (const listener of listeners) listener();
  return true;
}

export function useBookmarkIds(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, read, () => cache.ids);
}

export function useIsBookmarked(id: string): boolean {
  return useBookmarkIds().has(id);
}
