import type { MetaPage } from '../../../shared/bundle-types';
import { BundleError } from '../../../lib/bundle-error';
import { count, list, object } from '../../../lib/check-json';
import { checkArticleMeta } from './bundle-checks';

const checkMetaPage = object({ page: count, articles: list(checkArticleMeta) });

/**
 * Checks fetched JSON against the MetaPage contract of src/shared/bundle-types.ts.
 * `file` names the file in error details. Throws BundleError `invalid` for a wrong shape;
 * one malformed article fails the whole page, since the ingest never writes one.
 */
export function parseMetaPage(value: unknown, file: string): MetaPage {
  const page = checkMetaPage(value, file);
  if (page.page < 1) throw new BundleError('invalid', `${file}: page is ${page.page}, pages start at 1`);
  return page;
}
