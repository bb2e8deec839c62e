import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';

import { fetchBundleJson } from '../../../lib/fetch-bundle-json';
import type { CheckedManifest } from './parse-manifest';
import { parseMetaPage, type CheckedMetaPage } from './parse-meta-page';

/** `file` is the bundle-relative path from the manifest, e.g. "meta/page-0001.json". */
export async function getMetaPage(file: string, signal?: AbortSignal): Promise<CheckedMetaPage> {
  return parseMetaPage(await fetchBundleJson(file, signal), file);
}

/**
 * Page numbers start at 1, newest articles first. The query waits (skipToken) until the
 * manifest is loaded, and stays idle for a page the manifest does not list.
 */
export function getMetaPageQueryOptions(manifest: CheckedManifest | undefined, page: number) {
  const ref = manifest?.meta.pages[page - 1];
  return queryOptions({
    queryKey: ['bundle', 'meta-page', page],
    queryFn: ref ? ({ signal }) => getMetaPage(ref.file, signal) : skipToken,
  });
}

export function useMetaPage(manifest: CheckedManifest | undefined, page: number) {
  return useQuery(getMetaPageQueryOptions(manifest, page));
}
