import type { ArticleMeta, Facet, FacetKind } from '../../shared/bundle-types';
import { HEAD_SIZE } from '../../shared/bundle-types';
import { encodeOrdinals } from '../../shared/ordinal-list';

export interface FacetInput {
  readonly kind: FacetKind;
  readonly key: string;
  /** Ascending, each once. */
  readonly ordinals: readonly number[];
  readonly categoryCounts: Facet['categoryCounts'];
  readonly related: Facet['related'];
}

/** The ordinals of a facet's head: its newest HEAD_SIZE, newest first. */
export function facetHeadOrdinals(ordinals: readonly number[]): number[] {
  const head: number[] = [];
  for (let i = ordinals.length - 1; i >= 0 && head.length < HEAD_SIZE; i--) head.push(ordinals[i]!);
  return head;
}

/**
 * One facet file: the facet's ordinals, and the metadata of its newest articles so that
 * its first screen needs no page at all. `pages` are the hashes of its own pages (see
 * buildFacetPages), in order; `metaOf` gives an article's metadata by ordinal.
 */
export function buildFacet(input: FacetInput, metaOf: (ordinal: number) => ArticleMeta, pages: readonly string[]): Facet {
  const { ordinals } = input;
  const head = facetHeadOrdinals(ordinals).map(metaOf);
  return {
    kind: input.kind,
    key: input.key,
    count: ordinals.length,
    ordinals: encodeOrdinals(ordinals),
    head,
    pages,
    categoryCounts: input.categoryCounts,
    related: input.related,
  };
}
