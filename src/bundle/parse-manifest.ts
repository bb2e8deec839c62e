import { BUNDLE_SCHEMA_VERSION, type BundleFileTemplates, type Manifest } from '../shared/bundle-types';
import { BundleError } from '../lib/bundle-error';
import { bundlePath, count, failAt, isoDate, list, object, type Check } from '../lib/check-json';
import { isRecord } from '../lib/is-record';
import { checkCategoryNode, fileHash } from './bundle-checks';
import { checkSearchCoverage, checkSearchIndex } from './parse-search-files';

/** A bundle-relative path template with exactly one placeholder, e.g. "meta/{hash}.json". */
function template(placeholder: '{hash}' | '{id}'): Check<string> {
  return (value, path) => {
    const checked = bundlePath(value, path);
    return checked.split(placeholder).length === 2 && !checked.replace(placeholder, '').includes('{')
      ? checked
      : failAt(path, `is not a path with one ${placeholder}`);
  };
}

const checkFiles: Check<BundleFileTemplates> = object({
  article: template('{id}'),
  page: template('{hash}'),
  facet: template('{hash}'),
  timeline: template('{hash}'),
  stocks: template('{hash}'),
  search: template('{hash}'),
});

const checkManifestBody = object({
  generatedAt: isoDate,
  version: fileHash,
  articleCount: count,
  pageSize: count,
  files: checkFiles,
  timeline: fileHash,
  head: fileHash,
  stocks: fileHash,
  stockCount: count,
  categories: list(checkCategoryNode),
  search: checkSearchIndex,
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
  if (body.pageSize === 0) throw new BundleError('invalid', 'manifest.json: pageSize is 0');
  checkSearchCoverage(body.search, body.articleCount, 'manifest.json.search');
  return { schemaVersion: BUNDLE_SCHEMA_VERSION, ...body };
}
