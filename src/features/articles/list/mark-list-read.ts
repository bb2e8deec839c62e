import type { QueryClient } from '@tanstack/react-query';

import type { ArticleMeta } from '../../../shared/bundle-types';
import { getMetaPageQueryOptions } from '../../../bundle/meta-page-query';
import { subtractOrdinals } from '../../../shared/ordinal-sets';
import { getTimelineQueryOptions } from '../../../bundle/timeline-query';
import { getReadOrdinalsQueryOptions } from '../../read-state/read-ordinals';
import type { ReadState } from '../../read-state/read-state-query';
import type { MarkAllReadToken, ReadActions } from '../../read-state/read-writes';
import type { ListData } from './use-list-data';

/**
 * 全部标为已读 for a list: one rule for its filters up to its newest article, and how
 * many articles that newly marked (for the message). Loads the newest row's metadata
 * (usually at hand) and what was read before, nothing else.
 */
export async function markListRead(
  client: QueryClient,
  data: ListData,
  filters: { readonly categories: readonly string[]; readonly stock: string | null },
  read: ReadState,
  markAllRead: ReadActions['markAllRead'],
): Promise<{ readonly token: MarkAllReadToken | null; readonly count: number }> {
  const newest = data.rows[0];
  if (newest === undefined) return { token: null, count: 0 };
  const timeline = await client.fetchQuery(getTimelineQueryOptions(data.manifest));
  const readOrdinals = await client.fetchQuery(getReadOrdinalsQueryOptions(client, data.manifest, timeline, read));
  const ascending = Int32Array.from(data.rows).reverse();
  const count = subtractOrdinals(ascending, readOrdinals).length;
  if (count === 0) return { token: null, count: 0 };
  const meta = await metaOfRow(client, data, newest);
  return { token: await markAllRead(filters, { id: meta.id, date: meta.date }), count };
}

async function metaOfRow(client: QueryClient, data: ListData, ordinal: number): Promise<ArticleMeta> {
  const source = data.locate(ordinal);
  if (!source) throw new Error(`no metadata source for ordinal ${ordinal}`);
  if ('meta' in source) return source.meta;
  const page = await client.fetchQuery(getMetaPageQueryOptions(data.manifest, source.page));
  return page.articles[source.offset]!;
}
