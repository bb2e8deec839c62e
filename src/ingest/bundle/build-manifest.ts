import type { Manifest } from '../../shared/bundle-types';
import { BUNDLE_SCHEMA_VERSION } from '../../shared/bundle-types';
import { BUNDLE_FILES } from './bundle-file';
import { contentHash } from './content-hash';

export type ManifestContent = Omit<Manifest, 'schemaVersion' | 'generatedAt' | 'version' | 'files'>;

/**
 * The manifest. `version` hashes all of it but generatedAt (and itself): every other
 * field is, or names by hash, the bundle's content, so two builds of the same posts have
 * one version and any change to any file reachable from the manifest gives a new one.
 */
export function buildManifest(content: ManifestContent, generatedAt: string): Manifest {
  const versioned: Omit<Manifest, 'generatedAt' | 'version'> = {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    articleCount: content.articleCount,
    pageSize: content.pageSize,
    files: BUNDLE_FILES,
    timeline: content.timeline,
    head: content.head,
    stocks: content.stocks,
    stockCount: content.stockCount,
    categories: content.categories,
    search: content.search,
  };
  const version = contentHash(JSON.stringify(versioned));
  const { schemaVersion, ...rest } = versioned;
  return { schemaVersion, generatedAt, version, ...rest };
}
