import { queryOptions, type QueryClient } from '@tanstack/react-query';

import type { Manifest } from '../shared/bundle-types';
import { findOrdinal } from './find-ordinal';
import type { TimelineIndex } from './timeline-index';

/** Where an article sits in the bundle (-1: not in it), once per bundle version. */
export function getOrdinalQueryOptions(client: QueryClient, manifest: Manifest | undefined, timeline: TimelineIndex | undefined, id: string) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'ordinal', id],
    queryFn: () => findOrdinal(client, manifest!, timeline!, id),
    enabled: manifest !== undefined && timeline !== undefined,
    staleTime: Infinity,
  });
}
