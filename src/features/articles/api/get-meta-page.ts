import { queryOptions, skipToken, useQueries, useQuery } from '@tanstack/react-query';

import type { Manifest, MetaPage } from '../../../shared/bundle-types';
import { fetchBundleJson } from '../../../lib/fetch-bundle-json';
import { parseMetaPage } from './parse-meta-page';

/** `file` is the bundle-relative path from the manifest, e.g. "meta/page-0001.json". */
export async function getMetaPage(file: string, signal?: AbortSignal): Promise<MetaPage> {
  return parseMetaPage(await fetchBundleJson(file, signal), file);
}

/**
 * Page numbers start at 1, newest articles first. The query waits (skipToken) until the
 * manifest is loaded, and stays idle for a page the manifest does not list.
 */
export function getMetaPageQueryOptions(manifest: Manifest | undefined, page: number) {
  const ref = manifest?.meta.pages[page - 1];
  return queryOptions({
    queryKey: ['bundle', 'meta-page', page],
    queryFn: ref ? ({ signal }) => getMetaPage(ref.file, signal) : skipToken,
    staleTime: Infinity,
  });
}

export function useMetaPage(manifest: Manifest | undefined, page: number) {
  return useQuery(getMetaPageQueryOptions(manifest, page));
}

/** Several pages at once (those the visible rows of a long list fall on). */
export function useMetaPages(manifest: Manifest | undefined, pages: readonly number[]) {
  return useQueries({ queries: pages.map((page) => getMetaPageQueryOptions(manifest, page)) });
}
