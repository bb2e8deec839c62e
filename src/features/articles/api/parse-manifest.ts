import { BUNDLE_SCHEMA_VERSION, type Manifest } from '../../../shared/bundle-types';
import { BundleError } from '../../../lib/bundle-error';
import { bundlePath, count, isoDate, list, object } from '../../../lib/check-json';
import { isRecord } from '../../../lib/is-record';
import { checkCategoryNode, checkStockSummary } from './bundle-checks';

const checkManifestBody = object({
  generatedAt: isoDate,
  articleCount: count,
  categories: list(checkCategoryNode),
  stocks: list(checkStockSummary),
  meta: object({
    pageSize: count,
    pages: list(object({ file: bundlePath, count, newest: isoDate, oldest: isoDate })),
  }),
  index: bundlePath,
  articlePath: bundlePath,
});

/**
 * Checks fetched JSON against the Manifest contract of src/shared/bundle-types.ts.
 * Throws BundleError `schema` for a bundle of another schema version (checked first, since
 * a foreign bundle may differ in any field) and `invalid` for a wrong shape.
 */
export function parseManifest(value: unknown): Manifest {
  if (!isRecord(value)) throw new BundleError('invalid', 'manifest.json: is not an object');
  if (value.schemaVersion !== BUNDLE_SCHEMA_VERSION) {
    throw new BundleError(
      'schema',
      `manifest.json: schemaVersion ${JSON.stringify(value.schemaVersion) ?? 'missing'}, expected ${BUNDLE_SCHEMA_VERSION}`,
    );
  }
  const body = checkManifestBody(value, 'manifest.json');
  if (body.meta.pageSize === 0) throw new BundleError('invalid', 'manifest.json: meta.pageSize is 0');
  if (!body.articlePath.includes('{id}')) throw new BundleError('invalid', 'manifest.json: articlePath has no {id}');
  return { schemaVersion: BUNDLE_SCHEMA_VERSION, ...body };
}
