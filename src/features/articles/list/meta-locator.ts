import type { Manifest, MetaPage } from '../../../shared/bundle-types';
import { positionInFacet, type FacetIndex } from '../../../bundle/facet-index';
import { headPageRef } from '../../../bundle/meta-page-query';
import type { TimelineIndex } from '../../../bundle/timeline-index';

import type { MetaSource } from '../../../bundle/meta-source';

export type { MetaSource } from '../../../bundle/meta-source';

/**
 * Where each ordinal's metadata is, cheapest first: the facets' heads and the head page
 * (at hand), a sparse facet's own pages (dense in the rows shown), then the main pages.
 */
export function metaLocator(
  manifest: Manifest,
  timeline: TimelineIndex | undefined,
  headPage: MetaPage | undefined,
  facets: readonly FacetIndex[],
): (ordinal: number) => MetaSource | null {
  const head = headPageRef(manifest);
  return (ordinal) => {
    const positions = facets.map((f) => positionInFacet(f, ordinal));
    for (let i = 0; i < facets.length; i++) {
      const facet = facets[i]!;
      const fromNewest = facet.ordinals.length - 1 - positions[i]!;
      if (positions[i]! >= 0 && fromNewest < facet.head.length) return { meta: facet.head[fromNewest]! };
    }
    if (ordinal >= head.first) {
      if (headPage) return { meta: headPage.articles[ordinal - head.first]! };
      if (!timeline) return { page: head, offset: ordinal - head.first };
    }
    for (let i = 0; i < facets.length; i++) {
      const facet = facets[i]!;
      const at = positions[i]!;
      if (at < 0 || facet.pages.length === 0) continue;
      const size = manifest.pageSize;
      const j = Math.floor(at / size);
      const first = j * size;
      return { page: { hash: facet.pages[j]!, first, length: Math.min(size, facet.ordinals.length - first) }, offset: at - first };
    }
    if (!timeline) return null;
    const k = Math.floor(ordinal / timeline.pageSize);
    const first = k * timeline.pageSize;
    return {
      page: { hash: timeline.pages[k]!, first, length: Math.min(timeline.pageSize, timeline.articleCount - first) },
      offset: ordinal - first,
    };
  };
}
