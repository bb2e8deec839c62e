import type { QueryClient } from '@tanstack/react-query';

import type { ArticleMeta, Manifest } from '../shared/bundle-types';
import { getMetaPageQueryOptions } from './meta-page-query';
import type { TimelineIndex } from './timeline-index';

/**
 * The metadata of ordinals [start, end), oldest first, from the main pages that hold
 * them (through the query cache, so pages already seen cost nothing). For short ranges:
 * one Beijing day, the neighbours of an article.
 */
export async function loadOrdinalRange(
  client: QueryClient,
  manifest: Manifest,
  timeline: TimelineIndex,
  start: number,
  end: number,
  signal?: AbortSignal,
): Promise<ArticleMeta[]> {
  if (end <= start) return [];
  const size = timeline.pageSize;
  const pages = [];
  for (let k = Math.floor(start / size); k <= Math.floor((end - 1) / size); k++) {
    const first = k * size;
    const ref = { hash: timeline.pages[k]!, first, length: Math.min(size, timeline.articleCount - first) };
    pages.push(client.fetchQuery(getMetaPageQueryOptions(manifest, ref)));
  }
  const loaded = await Promise.all(pages);
  signal?.throwIfAborted();
  const out: ArticleMeta[] = [];
  for (const page of loaded) {
    for (let i = 0; i < page.articles.length; i++) {
      const ordinal = page.first + i;
      if (ordinal >= start && ordinal < end) out.push(page.articles[i]!);
    }
  }
  return out;
}
