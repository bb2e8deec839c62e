import type { BundleFileTemplates, Manifest } from '../shared/bundle-types';

/**
 * The bundle-relative path of a content-addressed file: the manifest's template with the
 * hash put in. Hashes were checked to be [a-z0-9] when their file was parsed.
 */
export function bundleFile(manifest: Pick<Manifest, 'files'>, kind: Exclude<keyof BundleFileTemplates, 'article'>, hash: string): string {
  return manifest.files[kind].replace('{hash}', hash);
}
