import { queryOptions, skipToken } from '@tanstack/react-query';

import { HEAD_SIZE, type Manifest } from '../shared/bundle-types';
import { bundleFile } from './bundle-file';
import { parseAtBoundary } from '../lib/check-json';
import { fetchBundleJson } from './fetch-bundle-json';
import { parseMetaPage } from './parse-meta-page';

/** Where a page sits: its hash and what the file that named it promises about it. */
export interface PageRef {
  readonly hash: string;
  readonly first: number;
  readonly length: number;
}

/**
 * One MetaPage (a main page, the head, or a facet's own page). Keyed by its hash:
 * files are immutable, so any list that needs the same page shares the request.
 */
export function getMetaPageQueryOptions(manifest: Manifest | undefined, ref: PageRef | null) {
  return queryOptions({
    queryKey: ['bundle', manifest?.version, 'page', ref?.hash],
    queryFn:
      manifest && ref
        ? async ({ signal }) => {
            const file = bundleFile(manifest, 'page', ref.hash);
            const value = await fetchBundleJson(file, signal);
            return parseAtBoundary(file, () => parseMetaPage(value, file, ref));
          }
        : skipToken,
    staleTime: Infinity,
  });
}

/** The manifest's head page: the newest articles, the first screen of the unfiltered list. */
export function headPageRef(manifest: Manifest): PageRef {
  const length = Math.min(manifest.articleCount, HEAD_SIZE);
  return { hash: manifest.head, first: manifest.articleCount - length, length };
}
