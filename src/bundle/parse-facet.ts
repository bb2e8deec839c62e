import { HEAD_SIZE, type Manifest } from '../shared/bundle-types';
import { decodeOrdinals, OrdinalListError } from '../shared/ordinal-list';
import { BUNDLE_LIMITS } from '../shared/bundle-limits';
import { boundedText, count, invalid, label, list, matching, object, oneOf } from '../lib/check-json';
import { checkArticleMeta, checkCountPair, fileHash } from './bundle-checks';
import type { FacetIndex } from './facet-index';

/** A joined category path ("金融/新浪财经"): labels joined by "/". */
const joinedPath = label(BUNDLE_LIMITS.categoryName * BUNDLE_LIMITS.categoryDepth + BUNDLE_LIMITS.categoryDepth);
const stockCode = matching(/^[a-z0-9_.]{3,12}$/, 'a stock code');

const checkFacet = object({
  kind: oneOf(['category', 'stock'] as const),
  key: joinedPath,
  count,
  // A varint or bitmap list of up to every article: ~1.5 characters an article at most.
  ordinals: boundedText(BUNDLE_LIMITS.articles * 2),
  head: list(checkArticleMeta, HEAD_SIZE),
  pages: list(fileHash, Math.ceil(BUNDLE_LIMITS.articles / 100)),
  categoryCounts: list(checkCountPair(joinedPath), BUNDLE_LIMITS.facetPairs),
  related: list(checkCountPair(stockCode), BUNDLE_LIMITS.facetPairs),
});

/**
 * Checks a Facet against what pointed to it (`kind`, `key`, the article count) and
 * decodes its ordinals: a facet whose list is malformed, of another length than its
 * count, or past the corpus is refused whole.
 */
export function parseFacet(
  value: unknown,
  file: string,
  expected: { readonly kind: FacetIndex['kind']; readonly key: string },
  manifest: Pick<Manifest, 'articleCount' | 'pageSize'>,
): FacetIndex {
  const facet = checkFacet(value, file);
  const fail = (field: string, what: string) => invalid(file, field, what);
  if (facet.kind !== expected.kind || facet.key !== expected.key) {
    throw fail('key', `is the ${facet.kind} ${facet.key}, not the ${expected.kind} ${expected.key}`);
  }
  let ordinals: Int32Array;
  try {
    ordinals = decodeOrdinals(facet.ordinals, manifest.articleCount, facet.count);
  } catch (error) {
    if (error instanceof OrdinalListError) throw fail('ordinals', error.message);
    throw error;
  }
  const headLength = Math.min(facet.count, HEAD_SIZE);
  if (facet.head.length !== headLength) throw fail('head', `has ${facet.head.length} articles, expected ${headLength}`);
  const pageCount = Math.ceil(facet.count / manifest.pageSize);
  if (facet.pages.length !== 0 && facet.pages.length !== pageCount) throw fail('pages', `has ${facet.pages.length} entries, expected ${pageCount}`);
  return {
    kind: facet.kind,
    key: facet.key,
    ordinals,
    head: facet.head,
    pages: facet.pages,
    categoryCounts: new Map(facet.categoryCounts),
    related: facet.related,
  };
}
