import type { BundleFileTemplates } from '../../shared/bundle-types';
import { contentHash } from './content-hash';

/** Where each kind of file lives; the manifest carries these so the app never hard-codes them. */
export const BUNDLE_FILES: BundleFileTemplates = Object.freeze({
  article: 'articles/{id}.json',
  page: 'meta/{hash}.json',
  facet: 'facets/{hash}.json',
  timeline: 'timeline/{hash}.json',
  stocks: 'stocks/{hash}.json',
  search: 'search/{hash}.json',
});

/**
 * A content-addressed file of the bundle, serialized and encoded once: the bytes hashed
 * are the bytes written (and UTF-8 encoding 100,000 articles' metadata twice costs).
 */
export interface BundleFile {
  /** Bundle-relative, the template with the hash put in. */
  readonly path: string;
  readonly hash: string;
  /** The value as JSON, in UTF-8; null for a file the bundle folder has already (BuildMemo). */
  readonly bytes: Uint8Array | null;
}

/** A file just serialized: its bytes at hand. */
export interface BuiltFile extends BundleFile {
  readonly bytes: Uint8Array;
}

export function bundleFile(template: string, value: unknown): BuiltFile {
  return bundleFileOfJson(template, JSON.stringify(value));
}

/** A file of JSON already serialized (it must be what JSON.stringify gives for its value). */
export function bundleFileOfJson(template: string, json: string): BuiltFile {
  const bytes = Buffer.from(json, 'utf8');
  const hash = contentHash(bytes);
  return { path: template.replace('{hash}', hash), hash, bytes };
}
