import { describe, expect, it } from 'vitest';
import { BUNDLE_SCHEMA_VERSION } from '../../shared/bundle-types';
import { BUNDLE_FILES } from './bundle-file';
import { buildManifest, type ManifestContent } from './build-manifest';
import { contentHash } from './content-hash';

const content: ManifestContent = {
  articleCount: 3,
  pageSize: 100,
  timeline: 'aaaaaaaaaa',
  head: 'bbbbbbbbbb',
  stocks: 'cccccccccc',
  stockCount: 1,
  categories: [{ name: '金融', path: ['金融'], count: 3, facet: 'dddddddddd', children: [] }],
  search: { idPageSize: 64, segments: [{ first: 0, count: 3, name: 'eeeeeeeeee', shards: 1 }] },
};

describe('buildManifest', () => {
  it('carries the schema, the templates and the content, and a version over all of it but the time', () => {
    const manifest = buildManifest(content, '2026-01-01T00:00:00.000Z');
    expect(manifest).toEqual({
      schemaVersion: BUNDLE_SCHEMA_VERSION,
      generatedAt: '2026-01-01T00:00:00.000Z',
      version: manifest.version,
      files: BUNDLE_FILES,
      ...content,
    });
    const { generatedAt: _at, version, ...versioned } = manifest;
    expect(version).toBe(contentHash(JSON.stringify(versioned)));
    expect(Object.keys(manifest).slice(0, 3)).toEqual(['schemaVersion', 'generatedAt', 'version']);
  });

  it('has one version for one content, whatever the build time', () => {
    expect(buildManifest(content, '2026-06-01T00:00:00.000Z').version).toBe(buildManifest(content, '2026-01-01T00:00:00.000Z').version);
  });

  it.each([
    { name: 'the timeline', change: { timeline: 'eeeeeeeeee' } },
    { name: 'the head', change: { head: 'eeeeeeeeee' } },
    { name: 'the stock directory', change: { stocks: 'eeeeeeeeee' } },
    { name: 'a facet', change: { categories: [{ ...content.categories[0]!, facet: 'eeeeeeeeee' }] } },
    { name: 'the page size', change: { pageSize: 50 } },
    { name: 'a search segment', change: { search: { ...content.search, segments: [{ ...content.search.segments[0]!, name: 'ffffffffff' }] } } },
  ])('has another version when $name changes', ({ change }) => {
    expect(buildManifest({ ...content, ...change }, 'x').version).not.toBe(buildManifest(content, 'x').version);
  });
});
