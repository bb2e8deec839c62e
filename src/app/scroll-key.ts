import type { Location } from 'react-router';

/** Our field in the first history entry's state (react-router keeps fields it does not know). */
const ENTRY_FIELD = 'ducaiEntry';

/**
 * An id for the history entry this document was loaded into: the one in its state when
 * the entry already has one (a reload, Back/Forward into it from another document),
 * else a new one, written into the entry's state so those find it again.
 */
export function claimEntryId(history: Pick<History, 'state' | 'replaceState'>, makeId: () => string): string {
  const state: unknown = history.state;
  const known = state !== null && typeof state === 'object' ? (state as Record<string, unknown>)[ENTRY_FIELD] : undefined;
  if (typeof known === 'string' && known !== '') return known;
  const id = makeId();
  history.replaceState({ ...(state !== null && typeof state === 'object' ? state : {}), [ENTRY_FIELD]: id }, '');
  return id;
}

/**
 * The key `<ScrollRestoration>` files a scroll position under. react-router's default,
 * `location.key`, is unique for entries it pushed but `"default"` for the entry every
 * document is first loaded into, whatever its URL — so a link pasted into a tab after
 * scrolling another page opened at that page's position, the headline out of sight.
 * That entry gets its own id instead (claimEntryId): a fresh load starts at the top,
 * and only Back/Forward and reloading the same entry restore a position.
 */
export function scrollKeyOf(location: Pick<Location, 'key'>, entryId: string): string {
  return location.key === 'default' ? `entry-${entryId}` : location.key;
}
