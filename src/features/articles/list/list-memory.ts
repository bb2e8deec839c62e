import type { VirtualItem } from '@tanstack/react-virtual';

/** The article last opened from a list: its id, and its ordinal when the list knew it. */
export interface OpenedArticle {
  readonly id: string;
  readonly row: number | null;
}

export interface ListMemory {
  readonly measurements: readonly VirtualItem[];
  readonly lastOpened: OpenedArticle | null;
}

/**
 * Measured sizes and the last article opened, per list (keyed by the search string the
 * list puts into its articles' URLs), kept for the visit: coming back lays the list out
 * exactly as it was, so the scroll position the router restores lands on the same item,
 * and focus returns to the article read last — also when the reading view moved on to
 * its neighbours with j/k, which tell the list here.
 */
const memory = new Map<string, ListMemory>();

export const listMemory = {
  get(search: string): ListMemory | undefined {
    return memory.get(search);
  },
  saveLayout(search: string, measurements: readonly VirtualItem[]): void {
    memory.set(search, { measurements, lastOpened: memory.get(search)?.lastOpened ?? null });
  },
  /** An article of the list was opened; a known ordinal of the same article is kept. */
  opened(search: string, id: string, row: number | null = null): void {
    const before = memory.get(search);
    const known = before?.lastOpened?.id === id ? before.lastOpened.row : null;
    memory.set(search, { measurements: before?.measurements ?? [], lastOpened: { id, row: row ?? known } });
  },
};
