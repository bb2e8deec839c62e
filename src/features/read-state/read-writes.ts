import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';

import { announceDbChange, writeTransaction } from '../../lib/ducai-db';
import type { ArticleMeta } from '../../shared/bundle-types';
import { isReadBy } from './is-read-by';
import { applyReadWrite, READ_STATE_KEY, READ_WRITES_KEY, readStateQueryOptions, type ReadRule, type ReadWrite } from './read-state-query';

/**
 * Changes to the read state, as mutations: the query changes at once (onMutate) and the
 * change is kept for this visit even when the device's storage refuses the write (it
 * is logged): read state is a convenience, not the reader's data. Other tabs are told
 * (BroadcastChannel) once it is stored.
 */

async function store(write: ReadWrite): Promise<void> {
  if (write.kind === 'mark') {
    await writeTransaction(['read'], async (tx) => {
      await tx.objectStore('read').put(write.mark);
    });
  } else if (write.kind === 'rule') {
    await writeTransaction(['readRules'], async (tx) => {
      await tx.objectStore('readRules').put({ ...write.rule, categories: [...write.rule.categories] });
    });
  } else {
    await writeTransaction(['readRules'], async (tx) => {
      await tx.objectStore('readRules').delete(write.ruleId);
    });
  }
}

export function readWriteOptions(queryClient: QueryClient) {
  return mutationOptions<void, Error, ReadWrite>({
    mutationKey: READ_WRITES_KEY,
    mutationFn: store,
    networkMode: 'always',
    retry: false,
    onMutate: async (write) => {
      if (!queryClient.getQueryData(READ_STATE_KEY)) await queryClient.ensureQueryData(readStateQueryOptions()).catch(() => undefined);
      await queryClient.cancelQueries({ queryKey: READ_STATE_KEY });
      queryClient.setQueryData(READ_STATE_KEY, (state) => (state ? applyReadWrite(state, write) : state));
    },
    onSuccess: () => announceDbChange({ kind: 'read', ids: 'all' }),
    onError: (error) => console.warn('read state: not saved on this device', error),
  });
}

/** What 全部标为已读 changed, for `undoMarkAllRead`. Opaque to callers. */
export interface MarkAllReadToken {
  readonly ruleId: string;
}

export interface ReadActions {
  /** Marks an article read (the reading view calls it when the article opens). */
  markRead(id: string): Promise<void>;
  /**
   * Marks an article unread: it shows unread (and under 只看未读) even where a
   * 全部标为已读 covers it, until it is opened again or a later 全部标为已读 covers it.
   */
  markUnread(id: string): Promise<void>;
  /** `m`: read becomes unread and unread becomes read. */
  toggleRead(meta: ArticleMeta): Promise<void>;
  /**
   * Marks read every article `filters` select up to and including `cut` (the newest the
   * list shows), in one record. Undo removes exactly that record: what was read before,
   * and what was opened since, stays read.
   */
  markAllRead(
    filters: { readonly categories: readonly string[]; readonly stock: string | null },
    cut: { readonly id: string; readonly date: string },
  ): Promise<MarkAllReadToken>;
  undoMarkAllRead(token: MarkAllReadToken): Promise<void>;
}

export function useReadActions(): ReadActions {
  const queryClient = useQueryClient();
  const { mutateAsync } = useMutation(readWriteOptions(queryClient));
  return useMemo(() => {
    // A refused write is logged by the mutation and kept in memory: nothing to tell the caller.
    const write = (variables: ReadWrite) => mutateAsync(variables).catch(() => {});
    const current = async () => queryClient.getQueryData(READ_STATE_KEY) ?? (await queryClient.ensureQueryData(readStateQueryOptions()).catch(() => null));
    const markRead = async (id: string) => {
      if ((await current())?.ids.has(id)) return;
      await write({ kind: 'mark', mark: { id, readAt: Date.now() } });
    };
    const markUnread = (id: string) => write({ kind: 'mark', mark: { id, readAt: Date.now(), unread: true } });
    return {
      markRead,
      markUnread,
      toggleRead: async (meta) => {
        const state = await current();
        return state && isReadBy(state, meta) ? markUnread(meta.id) : markRead(meta.id);
      },
      markAllRead: async (filters, cut) => {
        const readAt = Date.now();
        const rule: ReadRule = {
          id: `rule-${readAt}-${Math.random().toString(36).slice(2, 8)}`,
          readAt,
          categories: [...filters.categories],
          stock: filters.stock,
          cut: { id: cut.id, date: cut.date },
        };
        await write({ kind: 'rule', rule });
        return { ruleId: rule.id };
      },
      undoMarkAllRead: (token) => write({ kind: 'unrule', ruleId: token.ruleId }),
    };
  }, [queryClient, mutateAsync]);
}
