import { expect } from 'vitest';
import type {
  Article,
  ArticleMeta,
  CategoryNode,
  Facet,
  FacetKind,
  Manifest,
  MetaPage,
  SearchIdPage,
  SearchList,
  SearchPositions,
  SearchShard,
  StockDirectory,
  Timeline,
} from '../src/shared/bundle-types';
import { BUNDLE_SCHEMA_VERSION, HEAD_SIZE, SPARSE_RATIO } from '../src/shared/bundle-types';
import { isWithinCategory, joinCategoryPath } from '../src/shared/category-path';
import { decodeOrdinals } from '../src/shared/ordinal-list';
import { searchFileName } from '../src/shared/search-file-name';
import { decodePositions, type PositionLists } from '../src/shared/search-positions';
import { bigramKey, searchKeyHash, searchShardOf } from '../src/shared/search-text';
import { planSegments, SEARCH_SEGMENT_SIZES, segmentName } from '../src/ingest/bundle/search/segment-plan';
import { BUNDLE_FILES, type BundleFile } from '../src/ingest/bundle/bundle-file';
import type { BundleBuild } from '../src/ingest/bundle/build-bundle';
import { contentHash } from '../src/ingest/bundle/content-hash';

/** A key's lists over the whole corpus (ordinals), and its positions in each segment that has it (null: not kept). */
export interface SearchKeyLists {
  readonly all: Int32Array;
  readonly title: Int32Array;
  readonly frequent: Int32Array;
  readonly positions: readonly (PositionLists | null)[];
}

/** A bundle-relative path's text, or undefined when there is no such file. */
export type ReadBundleFile = (path: string) => string | undefined;

export interface CheckedBundle {
  readonly manifest: Manifest;
  readonly timeline: Timeline;
  readonly head: MetaPage;
  /** Every article's metadata by ordinal, from the main pages. */
  readonly ordered: readonly ArticleMeta[];
  readonly directory: StockDirectory;
  /** By `${kind}:${key}`. */
  readonly facets: ReadonlyMap<string, Facet>;
  /** The search index, decoded: every key's lists over the corpus, and its positions per segment. */
  readonly search: ReadonlyMap<string, SearchKeyLists>;
  /** Every path the manifest leads to (manifest.json itself and articles excepted). */
  readonly referenced: ReadonlySet<string>;
}

/** Runs a build to its end, keeping every file by path (a path yielded twice must have one content). */
export function collectBuild(build: BundleBuild): { readonly manifest: Manifest; readonly files: Map<string, string> } {
  const files = new Map<string, string>();
  let next = build.next();
  for (; !next.done; next = build.next()) {
    const file: BundleFile = next.value;
    if (file.bytes === null) throw new Error(`${file.path}: no bytes from a build without a memo`);
    const json = Buffer.from(file.bytes).toString('utf8');
    const earlier = files.get(file.path);
    if (earlier !== undefined) expect(earlier, file.path).toBe(json);
    files.set(file.path, json);
  }
  return { manifest: next.value, files };
}

/**
 * Reads a whole bundle from its manifest and checks every invariant of the schema against
 * a brute-force recomputation from the main pages' metadata: file names are the hashes
 * of their bytes, pages and days cover the ordinals, the head is the newest, and every
 * facet lists exactly its articles; and, unless `search` is false, the search index's
 * segments, names, shards, lists, positions and id pages.
 */
export function checkBundle(manifest: Manifest, read: ReadBundleFile, options: { readonly search?: boolean } = {}): CheckedBundle {
  const referenced = new Set<string>();
  const load = <T>(kind: Exclude<keyof typeof BUNDLE_FILES, 'article'>, hash: string): T => {
    const path = manifest.files[kind].replace('{hash}', hash);
    const text = read(path);
    expect(text, `${path} exists`).toBeDefined();
    expect(contentHash(text!), `${path} is named by its hash`).toBe(hash);
    referenced.add(path);
    return JSON.parse(text!) as T;
  };

  expect(manifest.schemaVersion).toBe(BUNDLE_SCHEMA_VERSION);
  expect(manifest.files).toEqual(BUNDLE_FILES);
  const { generatedAt: _at, version, ...versioned } = manifest;
  expect(version).toBe(contentHash(JSON.stringify(versioned)));
  const n = manifest.articleCount;
  const pageSize = manifest.pageSize;

  const timeline = load<Timeline>('timeline', manifest.timeline);
  expect(timeline.pages).toHaveLength(Math.ceil(n / pageSize));
  const ordered: ArticleMeta[] = [];
  timeline.pages.forEach((hash, k) => {
    const page = load<MetaPage>('page', hash);
    expect(page.first).toBe(k * pageSize);
    expect(page.articles).toHaveLength(Math.min(pageSize, n - k * pageSize));
    ordered.push(...page.articles);
  });
  expect(ordered).toHaveLength(n);
  for (let i = 1; i < n; i++) {
    const [a, b] = [ordered[i - 1]!, ordered[i]!];
    expect(a.date < b.date || (a.date === b.date && a.id < b.id), `ordinal ${i} follows ${i - 1}`).toBe(true);
  }

  const beijingDay = (meta: ArticleMeta): number => Math.floor((Date.parse(meta.date) + 8 * 3600_000) / 86_400_000);
  const expectedDays: number[] = [];
  for (const meta of ordered) {
    const day = beijingDay(meta);
    if (expectedDays.at(-2) === day) expectedDays[expectedDays.length - 1]! += 1;
    else expectedDays.push(day, 1);
  }
  expect(timeline.days).toEqual(expectedDays);

  const head = load<MetaPage>('page', manifest.head);
  const headCount = Math.min(n, HEAD_SIZE);
  expect(head).toEqual({ first: n - headCount, articles: ordered.slice(n - headCount) });

  const facets = new Map<string, Facet>();
  const checkFacet = (kind: FacetKind, key: string, hash: string, expected: readonly number[]): Facet => {
    const facet = load<Facet>('facet', hash);
    expect(facet).toMatchObject({ kind, key, count: expected.length });
    expect(Array.from(decodeOrdinals(facet.ordinals, n, facet.count)), `${kind} ${key} ordinals`).toEqual(expected);
    expect(facet.head).toEqual(
      expected
        .slice(-HEAD_SIZE)
        .reverse()
        .map((o) => ordered[o]),
    );
    if (expected.length * SPARSE_RATIO < n) {
      expect(facet.pages).toHaveLength(Math.ceil(expected.length / pageSize));
      facet.pages.forEach((pageHash, j) => {
        expect(load<MetaPage>('page', pageHash)).toEqual({
          first: j * pageSize,
          articles: expected.slice(j * pageSize, (j + 1) * pageSize).map((o) => ordered[o]),
        });
      });
    } else {
      expect(facet.pages).toEqual([]);
    }
    facets.set(`${kind}:${key}`, facet);
    return facet;
  };

  const ordinalsWhere = (test: (meta: ArticleMeta) => boolean): number[] => ordered.flatMap((meta, ordinal) => (test(meta) ? [ordinal] : []));
  const nodes: CategoryNode[] = [];
  const visit = (level: readonly CategoryNode[]): void => {
    level.forEach((node, i) => {
      const ordinals = ordinalsWhere((m) => m.categories.some((p) => isWithinCategory(p, node.path)));
      expect(node.count, `count of ${node.path.join('/')}`).toBe(ordinals.length);
      expect(node.name).toBe(node.path.at(-1));
      if (i > 0) expect(level[i - 1]!.count).toBeGreaterThanOrEqual(node.count);
      const facet = checkFacet('category', joinCategoryPath(node.path), node.facet, ordinals);
      expect(facet.categoryCounts).toEqual([]);
      expect(facet.related).toEqual([]);
      nodes.push(node);
      visit(node.children);
    });
  };
  visit(manifest.categories);
  const prefixes = new Set(ordered.flatMap((m) => m.categories.flatMap((p) => p.map((_, d) => joinCategoryPath(p.slice(0, d + 1))))));
  expect(new Set(nodes.map((node) => joinCategoryPath(node.path)))).toEqual(prefixes);

  const directory = load<StockDirectory>('stocks', manifest.stocks);
  expect(manifest.stockCount).toBe(directory.stocks.length);
  expect(new Set(directory.stocks.map((s) => s.code))).toEqual(new Set(ordered.flatMap((m) => m.stocks.map((s) => s.code))));
  const byCount = [...directory.stocks].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
  expect(directory.stocks.map((s) => s.code)).toEqual(byCount.map((s) => s.code));
  for (const stock of directory.stocks) {
    const ordinals = ordinalsWhere((m) => m.stocks.some((s) => s.code === stock.code));
    expect(stock.count).toBe(ordinals.length);
    const facet = checkFacet('stock', stock.code, stock.facet, ordinals);
    const categoryCounts = nodes
      .map((node): [string, number] => [
        joinCategoryPath(node.path),
        ordinals.filter((o) => ordered[o]!.categories.some((p) => isWithinCategory(p, node.path))).length,
      ])
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    expect(facet.categoryCounts, `categoryCounts of ${stock.code}`).toEqual(categoryCounts);
    const related = directory.stocks
      .filter((other) => other.code !== stock.code)
      .map((other): [string, number] => [other.code, ordinals.filter((o) => ordered[o]!.stocks.some((s) => s.code === other.code)).length])
      .filter(([, count]) => count > 0)
      .sort(([a, m], [b, k]) => k - m || (a < b ? -1 : 1))
      .slice(0, 12);
    expect(facet.related, `related of ${stock.code}`).toEqual(related);
  }

  const search = new Map<string, SearchKeyLists>();
  const loadSearch = <T>(name: string, local: string): T => {
    const path = manifest.files.search.replace('{hash}', searchFileName(name, local));
    const text = read(path);
    expect(text, `${path} exists`).toBeDefined();
    referenced.add(path);
    return JSON.parse(text!) as T;
  };
  // buildBundle alone writes no search files (the search builder does): its tests check the rest.
  const planned = options.search === false ? [] : planSegments(n);
  expect(
    manifest.search.segments.map(({ first, count }) => ({ first, count })),
    'segments cut at the levels',
  ).toEqual(planned.map(({ first, count }) => ({ first, count })));
  for (const [g, segment] of manifest.search.segments.entries()) {
    expect(segment.shards, `segment ${g}: a power of two shards`).toBe(2 ** Math.round(Math.log2(segment.shards)));
    if (planned[g]!.tail) expect(segment.shards, `segment ${g}: the newest has few shards`).toBeLessThanOrEqual(SEARCH_SEGMENT_SIZES.tailShards);
    expect(segment.name, `segment ${g} is named by its articles`).toBe(segmentName(planned[g]!, ordered));
    const size = manifest.search.idPageSize;
    for (let j = 0; j * size < segment.count; j++) {
      const page = loadSearch<SearchIdPage>(segment.name, `i${j}`);
      expect(page.first).toBe(j * size);
      const from = segment.first + j * size;
      expect(page.articles).toEqual(ordered.slice(from, Math.min(segment.first + segment.count, from + size)).map((m) => [m.id, m.rev]));
    }
    for (let shard = 0; shard < segment.shards; shard++) {
      const local = `s${shard}`;
      const { entries } = loadSearch<SearchShard>(segment.name, local);
      const positionFiles = new Map<number, Map<string, string>>();
      entries.forEach(([key, count, encoded, titleEncoded, frequentEncoded, positions], i) => {
        const at = `${segment.name}-${local}: entry ${i}`;
        expect(key, at).toHaveLength(2);
        const hash = searchKeyHash(bigramKey(key, 0));
        if (i > 0) {
          const [before] = entries[i - 1]!;
          const beforeHash = searchKeyHash(bigramKey(before, 0));
          expect(beforeHash < hash || (beforeHash === hash && bigramKey(before, 0) < bigramKey(key, 0)), `${at}: in hash order`).toBe(true);
        }
        expect(searchShardOf(key, segment.shards), `${key} in its shard`).toBe(shard);
        let ordinals = encoded;
        let frequentOrdinals = frequentEncoded;
        if (encoded.startsWith('@')) {
          const list = loadSearch<SearchList>(segment.name, `l${shard}-${encoded.slice(1)}`);
          expect(list.key).toBe(key);
          expect(list.count).toBe(count);
          expect(frequentEncoded, `${key}: frequent ordinals in the list's file`).toBe('');
          ordinals = list.ordinals;
          frequentOrdinals = list.frequent;
        }
        const all = decodeOrdinals(ordinals, segment.count, count);
        const title = decodeOrdinals(titleEncoded, segment.count);
        const frequent = decodeOrdinals(frequentOrdinals, segment.count);
        expect(
          title.every((o) => all.includes(o)),
          `${key}: title ordinals among all`,
        ).toBe(true);
        expect(
          frequent.every((o) => all.includes(o)),
          `${key}: frequent ordinals among all`,
        ).toBe(true);
        let positionsText: string | null = null;
        if (positions.startsWith('=')) positionsText = positions.slice(1);
        else if (positions.startsWith('#')) {
          const j = Number(positions.slice(1));
          if (!positionFiles.has(j)) positionFiles.set(j, new Map(loadSearch<SearchPositions>(segment.name, `p${shard}-${j}`).entries));
          positionsText = positionFiles.get(j)!.get(key) ?? null;
          expect(positionsText, `${key}: in its positions file`).not.toBeNull();
        } else expect(positions, `${key}: positions`).toBe('');
        const shifted = (list: Int32Array) => Int32Array.from(list, (o) => o + segment.first);
        const lists = search.get(key) ?? { all: new Int32Array(0), title: new Int32Array(0), frequent: new Int32Array(0), positions: [] };
        search.set(key, {
          all: Int32Array.from([...lists.all, ...shifted(all)]),
          title: Int32Array.from([...lists.title, ...shifted(title)]),
          frequent: Int32Array.from([...lists.frequent, ...shifted(frequent)]),
          positions: [...lists.positions, positionsText === null ? null : decodePositions(positionsText, count)],
        });
      });
    }
  }
  return { manifest, timeline, head, ordered, directory, facets, search, referenced };
}

/** Every article file: its metadata is the pages', its neighbours chain, its rev hashes its body's hash and them. */
export function checkArticles(bundle: CheckedBundle, read: ReadBundleFile): void {
  const { ordered, manifest } = bundle;
  const ref = (meta: ArticleMeta | undefined) => (meta === undefined ? null : { id: meta.id, title: meta.title });
  ordered.forEach((meta, ordinal) => {
    const path = manifest.files.article.replace('{id}', meta.id);
    const text = read(path);
    expect(text, `${path} exists`).toBeDefined();
    const article = JSON.parse(text!) as Article;
    expect(article).toMatchObject(meta);
    expect(article.html.length).toBeGreaterThan(0);
    expect(article.neighbours).toEqual({ newer: ref(ordered[ordinal + 1]), older: ref(ordered[ordinal - 1]) });
    const { rev, neighbours, ...body } = article;
    const spliced = `,"neighbours":${JSON.stringify(neighbours)}`;
    expect(rev).toBe(contentHash(contentHash(JSON.stringify(body)), spliced));
    expect(text).toBe(`${JSON.stringify(body).slice(0, -1)}${spliced},"rev":${JSON.stringify(rev)}}`);
  });
}
