import { BUNDLE_SCHEMA_VERSION, type Manifest, type MetaPageRef } from '../../../shared/bundle-types';
import { BundleError } from '../../../lib/bundle-error';
import { isRecord } from '../../../lib/is-record';

/** The part of the manifest the app reads so far, each field checked by parseManifest. */
export type CheckedManifest = Pick<Manifest, 'schemaVersion' | 'generatedAt' | 'articleCount' | 'meta'>;

/** A bundle-relative file path: no scheme, no leading slash, no "..". */
function isBundlePath(value: unknown): value is string {
  return typeof value === 'string' && /^[\w.-]+(?:\/[\w.-]+)*$/.test(value) && !value.split('/').includes('..');
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function parsePageRef(value: unknown, index: number): MetaPageRef {
  const fail = (what: string) => new BundleError('invalid', `manifest.json: meta.pages[${index}] ${what}`);
  if (!isRecord(value)) throw fail('is not an object');
  const { file, count, newest, oldest } = value;
  if (!isBundlePath(file)) throw fail('has no bundle-relative "file"');
  if (!isCount(count)) throw fail('has no "count"');
  if (!isIsoDate(newest) || !isIsoDate(oldest)) throw fail('has no ISO "newest"/"oldest"');
  return { file, count, newest, oldest };
}

/**
 * Checks fetched JSON against the manifest contract of src/shared/bundle-types.ts.
 * Throws BundleError `schema` for a bundle of another schema version (checked first, since
 * a foreign bundle may differ in any field) and `invalid` for a wrong shape.
 */
export function parseManifest(value: unknown): CheckedManifest {
  const fail = (what: string) => new BundleError('invalid', `manifest.json: ${what}`);
  if (!isRecord(value)) throw fail('is not an object');

  const { schemaVersion, generatedAt, articleCount, meta } = value;
  if (schemaVersion !== BUNDLE_SCHEMA_VERSION) {
    throw new BundleError(
      'schema',
      `manifest.json: schemaVersion ${JSON.stringify(schemaVersion) ?? 'missing'}, expected ${BUNDLE_SCHEMA_VERSION}`,
    );
  }
  if (!isIsoDate(generatedAt)) throw fail('has no ISO "generatedAt"');
  if (!isCount(articleCount)) throw fail('has no "articleCount"');
  if (!isRecord(meta)) throw fail('has no "meta" object');

  const { pageSize, pages } = meta;
  if (!isCount(pageSize) || pageSize === 0) throw fail('has no positive "meta.pageSize"');
  if (!Array.isArray(pages)) throw fail('has no "meta.pages" array');

  return {
    schemaVersion,
    generatedAt,
    articleCount,
    meta: { pageSize, pages: pages.map(parsePageRef) },
  };
}
