import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';

import { getDucaiDb, type StoredRead, type StoredReadRule } from '../../lib/ducai-db';
import type { ArticleMeta } from '../../shared/bundle-types';
import { isReadBy } from './is-read-by';

/**
 * Which articles the reader has read: one query over the `read` and `readRules` stores
 * of the `ducai` database (src/lib/ducai-db.ts), shared by every tab
 * (use-read-state-channel.ts reads it again when another tab changes it or on focus):
 *
 * - `read`: one record per article opened or marked with `m` — read, or (`unread: true`)
 *   marked unread, which beats any 全部标为已读 made before it;
 * - `readRules`: one record per 全部标为已读 — the filter and the newest article it
 *   covered — so marking 100,000 articles costs one record and no download of their ids.
 *
 * Changes are the mutations of read-writes.ts. Which *ordinals* of a bundle are read is
 * worked out by ./read-ordinals.ts, since that needs the bundle.
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
  /** Differs after every change: a cache key for what is derived from the state. */
  readonly revision: number;
}

/** A change of the read state; the variables of its mutations (read-writes.ts). */
export type ReadWrite =
  | { readonly kind: 'mark'; readonly mark: StoredRead }
  | { readonly kind: 'rule'; readonly rule: ReadRule }
  | { readonly kind: 'unrule'; readonly ruleId: string };

/** Every mutation of the read state has this key, so that re-reads can apply what is in flight. */
export const READ_WRITES_KEY = ['read-state', 'write'] as const;

const EMPTY: ReadState = { ids: new Set(), unread: new Map(), rules: [], revision: 0 };

let revisions = 0;

/** `state` with `write` applied: what the reader sees at once, before the database has it. */
export function applyReadWrite(state: ReadState, write: ReadWrite): ReadState {
  const revision = ++revisions;
  if (write.kind === 'rule') return { ...state, rules: [...state.rules.filter((rule) => rule.id !== write.rule.id), write.rule], revision };
  if (write.kind === 'unrule') return { ...state, rules: state.rules.filter((rule) => rule.id !== write.ruleId), revision };
  const { id, readAt, unread: isUnread } = write.mark;
  const ids = new Set(state.ids);
  const unread = new Map(state.unread);
  if (isUnread === true) {
    ids.delete(id);
    unread.set(id, readAt);
  } else {
    unread.delete(id);
    ids.add(id);
  }
  return { ...state, ids, unread, revision };
}

function toRule(stored: StoredReadRule): ReadRule {
  return { id: stored.id, readAt: stored.readAt, categories: stored.categories, stock: stored.stock, cut: stored.cut };
}

async function readStored(): Promise<ReadState> {
  const db = await getDucaiDb();
  const tx = db.transaction(['read', 'readRules']);
  const [marks, rules] = await Promise.all([tx.objectStore('read').getAll(), tx.objectStore('readRules').getAll()]);
  let state: ReadState = { ...EMPTY, rules: rules.map(toRule) };
  for (const mark of marks) state = applyReadWrite(state, { kind: 'mark', mark });
  return { ...state, revision: ++revisions };
}

export function readStateQueryOptions() {
  return queryOptions({
    queryKey: ['read-state'] as const,
    queryFn: readStored,
    // On the device: offline changes nothing, and nothing goes stale by itself.
    networkMode: 'always',
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/** The query's key, typed with its data. */
export const READ_STATE_KEY = readStateQueryOptions().queryKey;

/**
 * Reads the database into the query again, with the changes this tab has in flight
 * applied over it (a re-read must not undo them). Rejects when the database cannot be read.
 */
export async function rereadReadState(queryClient: QueryClient): Promise<void> {
  let state = await readStored();
  const inFlight = queryClient
    .getMutationCache()
    .findAll({ mutationKey: READ_WRITES_KEY, status: 'pending' })
    .sort((a, b) => a.state.submittedAt - b.state.submittedAt);
  for (const mutation of inFlight) if (mutation.state.variables) state = applyReadWrite(state, mutation.state.variables as ReadWrite);
  queryClient.setQueryData(READ_STATE_KEY, state);
}

/**
 * The whole read state; the same object until something changes. Empty until the
 * database answers, and for this visit when it cannot be read (read state is a
 * convenience, not the reader's data).
 */
export function useReadState(): ReadState {
  return useQuery(readStateQueryOptions()).data ?? EMPTY;
}

export function useIsRead(meta: ArticleMeta): boolean {
  return useQuery({ ...readStateQueryOptions(), select: (state) => isReadBy(state, meta) }).data ?? false;
}
