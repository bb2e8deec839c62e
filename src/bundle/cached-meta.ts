import type { QueryClient } from '@tanstack/react-query';

import type { ArticleMeta, MetaPage } from '../shared/bundle-types';
import type { FacetIndex } from './facet-index';

/**
 * What the lists have already shown of an article — its metadata in a page or a facet's
 * head in the query cache — or null. Asks nothing of the network: for when the article
 * file cannot be had (offline) or before it arrives.
 */
export function cachedMetaOf(client: QueryClient, id: string): ArticleMeta | null {
  for (const [, page] of client.getQueriesData<MetaPage>({ predicate: (q) => q.queryKey[2] === 'page' })) {
    const hit = page?.articles.find((a) => a.id === id);
    if (hit) return hit;
  }
  for (const [, facet] of client.getQueriesData<FacetIndex>({ predicate: (q) => q.queryKey[2] === 'facet' })) {
    const hit = facet?.head.find((a) => a.id === id);
    if (hit) return hit;
  }
  return null;
}
