import type { ArticleMeta } from '../../shared/bundle-types';
import { SPARSE_RATIO } from '../../shared/bundle-types';
import { buildPages } from './build-pages';

/**
 * A facet's own metadata pages, over its positions (not ordinals): none for a dense
 * facet, whose articles are common enough that the main pages the reader scrolls through
 * are mostly its own. A sparse facet's articles are scattered over many main pages, so
 * it gets pages that hold only its articles.
 */
export function buildFacetPages<T = ArticleMeta>(ordinals: readonly number[], ordered: readonly T[], pageSize: number): { first: number; articles: T[] }[] {
  if (ordinals.length * SPARSE_RATIO >= ordered.length) return [];
  return buildPages(
    ordinals.map((ordinal) => ordered[ordinal]!),
    pageSize,
  );
}
