import { HEAD_SIZE, type Manifest } from '../shared/bundle-types';
import { decodeOrdinals, OrdinalListError } from '../shared/ordinal-list';
import { BundleError } from '../lib/bundle-error';
import { count, list, nonEmptyText, object, oneOf, text } from '../lib/check-json';
import { checkArticleMeta, checkCountPair, fileHash } from './bundle-checks';
import type { FacetIndex } from './facet-index';

const checkFacet = object({
  kind: oneOf(['category', 'stock'] as const),
  key: nonEmptyText,
  count,
  ordinals: text,
  head: list(checkArticleMeta),
  pages: list(fileHash),
  categoryCounts: list(checkCountPair),
  related: list(checkCountPair),
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
  const fail = (what: string) => new BundleError('invalid', `${file}: ${what}`);
  if (facet.kind !== expected.kind || facet.key !== expected.key) {
    throw fail(`is the ${facet.kind} ${facet.key}, not the ${expected.kind} ${expected.key}`);
  }
  let ordinals: Int32Array;
  try {
    ordinals = decodeOrdinals(facet.ordinals, manifest.articleCount, facet.count);
  } catch (error) {
    if (error instanceof OrdinalListError) throw fail(`ordinals ${error.message}`);
    throw error;
  }
  const headLength = Math.min(facet.count, HEAD_SIZE);
  if (facet.head.length !== headLength) throw fail(`head has ${facet.head.length} articles, expected ${headLength}`);
  const pageCount = Math.ceil(facet.count / manifest.pageSize);
  if (facet.pages.length !== 0 && facet.pages.length !== pageCount) throw fail(`pages has ${facet.pages.length} entries, expected ${pageCount}`);
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
