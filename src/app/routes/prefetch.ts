import type { QueryClient } from '@tanstack/react-query';

import type { Manifest } from '../../shared/bundle-types';
import { getManifestQueryOptions } from '../../bundle/manifest-query';

/**
 * The manifest, for loaders: fetched once and then cached; undefined when it cannot be
 * had, since loaders must not throw for bundle errors (the page shows them, with retry).
 */
export async function prefetchManifest(queryClient: QueryClient): Promise<Manifest | undefined> {
  try {
    return await queryClient.ensureQueryData(getManifestQueryOptions());
  } catch {
    return undefined;
  }
}
