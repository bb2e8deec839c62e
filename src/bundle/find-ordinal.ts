import type { QueryClient } from '@tanstack/react-query';

import type { ArticleMeta, Manifest } from '../shared/bundle-types';
import { articleIdDay, compareArticleKeys } from '../shared/article-id';
import { beijingDayOfDate } from '../shared/beijing-day';
import { loadOrdinalRange } from './load-ordinal-range';
import { ordinalsOfDay, type TimelineIndex } from './timeline-index';
import { getTimelineQueryOptions } from './timeline-query';

/**
 * Where an article sits in this bundle: its ordinal, or -1 when the bundle does not hold
 * it. The id names the article's Beijing day, and the timeline that day's ordinals, so
 * this loads one day's main pages (usually one), never anything corpus-wide.
 */
export async function findOrdinal(client: QueryClient, manifest: Manifest, timeline: TimelineIndex, id: string): Promise<number> {
  const day = articleIdDay(id);
  if (day === null) return -1;
  const { start, end } = ordinalsOfDay(timeline, day);
  const metas = await loadOrdinalRange(client, manifest, timeline, start, end);
  const at = metas.findIndex((meta) => meta.id === id);
  return at === -1 ? -1 : start + at;
}

/**
 * The ordinal of the newest article not newer than `key` (by date, then id), or -1 when
 * every article is newer. Exact whether or not the bundle still holds that article.
 */
export async function ordinalAtOrBefore(
  client: QueryClient,
  manifest: Manifest,
  timeline: TimelineIndex,
  key: { readonly id: string; readonly date: string },
): Promise<number> {
  const { start, end } = ordinalsOfDay(timeline, beijingDayOfDate(key.date));
  const metas = await loadOrdinalRange(client, manifest, timeline, start, end);
  let covered = 0;
  while (covered < metas.length && compareArticleKeys(metas[covered]!, key) <= 0) covered++;
  return start + covered - 1;
}

/**
 * An article's metadata from its day's main page (the id names the day), or null when
 * the bundle does not hold it. For when its own file cannot be had: offline, the service
 * worker may still have the timeline and that page from the lists.
 */
export async function findMeta(client: QueryClient, manifest: Manifest, id: string): Promise<ArticleMeta | null> {
  const timeline = await client.fetchQuery(getTimelineQueryOptions(manifest));
  const day = articleIdDay(id);
  if (day === null) return null;
  const { start, end } = ordinalsOfDay(timeline, day);
  const metas = await loadOrdinalRange(client, manifest, timeline, start, end);
  return metas.find((meta) => meta.id === id) ?? null;
}
