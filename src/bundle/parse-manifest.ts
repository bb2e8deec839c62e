import { BUNDLE_SCHEMA_VERSION, type BundleFileTemplates, type Manifest } from '../shared/bundle-types';
import { BundleError } from '../lib/bundle-error';
import { BUNDLE_LIMITS } from '../shared/bundle-limits';
import { bundlePath, count, failAt, invalid, isoDate, object, type Check } from '../lib/check-json';
import { isRecord } from '../lib/is-record';
import { checkCategoryTree, fileHash } from './bundle-checks';
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

function atMost(max: number): Check<number> {
  return (value, path) => {
    const n = count(value, path);
    return n <= max ? n : failAt(path, `is more than ${max}`);
  };
}

const checkManifestBody = object({
  generatedAt: isoDate,
  version: fileHash,
  articleCount: atMost(BUNDLE_LIMITS.articles),
  pageSize: atMost(10_000),
  files: checkFiles,
  timeline: fileHash,
  head: fileHash,
  stocks: fileHash,
  stockCount: atMost(BUNDLE_LIMITS.stocks),
  categories: checkCategoryTree,
  search: checkSearchIndex,
});

/**
 * Checks fetched JSON against the Manifest contract of src/shared/bundle-types.ts.
 * Throws BundleError `schema` for a bundle of another schema version (checked first, since
 * a foreign bundle may differ in any field) and `invalid` for a wrong shape.
 */
export function parseManifest(value: unknown): Manifest {
  if (!isRecord(value)) throw invalid('manifest.json', '', 'is not an object');
  if (value.schemaVersion !== BUNDLE_SCHEMA_VERSION) {
    throw new BundleError(
      'schema',
      `manifest.json: schemaVersion ${JSON.stringify(value.schemaVersion)?.slice(0, 40) ?? 'missing'}, expected ${BUNDLE_SCHEMA_VERSION}`,
      { file: 'manifest.json', field: 'schemaVersion' },
    );
  }
  const body = checkManifestBody(value, 'manifest.json');
  if (body.pageSize === 0) throw invalid('manifest.json', 'pageSize', 'is 0');
  checkSearchCoverage(body.search, body.articleCount, 'manifest.json.search');
  return { schemaVersion: BUNDLE_SCHEMA_VERSION, ...body };
}
