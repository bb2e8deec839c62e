import type { ArticleMeta, FacetKind } from '../shared/bundle-types';

/** A Facet, checked, with its ordinals decoded. */
export interface FacetIndex {
  readonly kind: FacetKind;
  readonly key: string;
  /** The facet's ordinals, ascending. */
  readonly ordinals: Int32Array;
  /** Metadata of the newest articles, newest first: head[i] is ordinals[length - 1 - i]. */
  readonly head: readonly ArticleMeta[];
  /** Hashes of the facet's own pages (sparse facets), else empty. */
  readonly pages: readonly string[];
  readonly categoryCounts: ReadonlyMap<string, number>;
  readonly related: readonly (readonly [string, number])[];
}

/** Position of an ordinal in the facet's list, or -1 when the facet does not hold it. */
export function positionInFacet(facet: Pick<FacetIndex, 'ordinals'>, ordinal: number): number {
  const list = facet.ordinals;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = list[mid]!;
    if (value === ordinal) return mid;
    if (value < ordinal) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
