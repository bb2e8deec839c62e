import { useQuery, useQueryClient } from '@tanstack/react-query';

import { useManifestIfLoaded } from '../../bundle/manifest-query';
import { getTimelineQueryOptions } from '../../bundle/timeline-query';
import { getReadOrdinalsQueryOptions } from './read-ordinals';
import { useReadState } from './read-state-query';

/**
 * How many articles of the bundle are unread, for the 资讯 badge and the list's title;
 * null until it is known. It never starts a download of its own: it counts once a list
 * has loaded the timeline (a shared article link stays the manifest and the article),
 * and resolving what was read costs the pages of the days read on, which the lists
 * have mostly loaded already.
 */
export function useUnreadCount(): number | null {
  const client = useQueryClient();
  const manifest = useManifestIfLoaded();
  // enabled: false reads the cache and never fetches.
  const timeline = useQuery({ ...getTimelineQueryOptions(manifest), enabled: false }).data;
  const read = useReadState();
  const options = getReadOrdinalsQueryOptions(client, manifest, timeline, read);
  const readOrdinals = useQuery({ ...options, placeholderData: (previous) => previous }).data;
  if (!manifest || !timeline || !readOrdinals) return null;
  return Math.max(0, manifest.articleCount - readOrdinals.length);
}
