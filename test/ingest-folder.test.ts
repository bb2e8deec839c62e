import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestReport, Manifest, MetaPage, StockDirectory, Timeline } from '../src/shared/bundle-types';
import { BUNDLE_SCHEMA_VERSION } from '../src/shared/bundle-types';
import { PAGE_SIZE } from '../src/ingest/bundle/build-bundle';
import { generateCorpus } from '../tools/corpus/generate-corpus';
import { ingestFolder, type IngestOptions, type IngestResult } from '../src/ingest/run/ingest-folder';
import { NODE_DISK, type BundleDisk } from '../src/ingest/bundle/write-bundle';
import { checkArticles, checkBundle, type CheckedBundle } from './bundle-checks';
import { FIXTURES_DIR } from './golden-fixtures';

const fixture = (name: string): string =>
  readdirSync(join(FIXTURES_DIR, name))
    .map((f) => join(FIXTURES_DIR, name, f))
    .find((f) => /\/post\./.test(f))!;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const reader =
  (dir: string) =>
  (path: string): string | undefined =>
    existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined;

/** Every file under dir, relative, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function checkFolder(dir: string): CheckedBundle {
  const bundle = checkBundle(readJson<Manifest>(join(dir, 'manifest.json')), reader(dir));
  checkArticles(bundle, reader(dir));
  // Nothing is written that the manifest does not lead to.
  const articles = bundle.ordered.map((m) => `articles/${m.id}.json`);
  expect(listFiles(dir)).toEqual([...bundle.referenced, ...articles, 'manifest.json', 'report.json'].sort());
  return bundle;
}

/** A post of our own: older than b.html, it links a stock b.html only lists by code. */
const COOPERATION_POST = `---
title: '腾讯控股与宁德时代宣布储能合作'
categories:
 - 科技
 - 36氪
author: 36氪
date: 2025-11-20T09:00:00+08:00
---
<p>　　<span id="stock_hk00700"><a class="keyword">腾讯控股</a></span>与<span id="stock_sz300750"><a class="keyword">宁德时代</a></span>宣布在储能领域合作，<span id="stock_sh601318"><a class="keyword">中国平安</a></span>参与投资。</p>
`;

let work: string;
let posts: string;
let out: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'ducai-ingest-'));
  posts = join(work, 'posts');
  out = join(work, 'out', 'data');
  mkdirSync(join(posts, 'finance', '2025'), { recursive: true });
  mkdirSync(join(posts, 'tech'));
  mkdirSync(join(posts, '.git'));
  cpSync(fixture('sina-full-boilerplate'), join(posts, 'finance', '2025', 'a.txt'));
  cpSync(fixture('stocks-across-markets'), join(posts, 'finance', 'b.html'));
  cpSync(fixture('figures-and-images'), join(posts, 'c.markdown'));
  cpSync(fixture('categories-several-hierarchies'), join(posts, 'tech', 'd.md'));
  cpSync(fixture('gb18030-encoding'), join(posts, 'finance', 'e.txt'));
  writeFileSync(join(posts, 'tech', 'f.md'), COOPERATION_POST);
  cpSync(fixture('skip-broken-yaml'), join(posts, 'broken.txt'));
  cpSync(fixture('skip-binary'), join(posts, 'image.txt'));
  // The same article as a.txt, re-crawled under another name with less text.
  const original = readFileSync(fixture('sina-full-boilerplate'), 'utf8');
  writeFileSync(join(posts, 'tech', 'a-copy.txt'), original.replace(/<p cms-style="font-L">　　业内人士[^\n]*\n/, ''));
  writeFileSync(join(posts, 'notes.json'), '{"not": "a post"}');
  writeFileSync(join(posts, '.git', 'x.md'), 'not a post');
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** An ingest of the test's posts into its out folder, with a cache of its own: the run's full result. */
const run = (options: Partial<IngestOptions> = {}): Promise<IngestResult> =>
  ingestFolder({ postsDir: posts, outDir: out, cacheDir: join(work, 'cache'), ...options });
/** The same, its report. */
const ingest = async (options: Partial<IngestOptions> = {}): Promise<IngestReport> => (await run(options)).report;

describe('ingestFolder', () => {
  it('reads every post under the folder and reports each problem against its file', async () => {
    const report = await ingest({ now: new Date('2026-11-29T00:00:00Z') });
    expect(report).toMatchObject({ generatedAt: '2026-11-29T00:00:00.000Z', read: 9, ok: 6, skipped: 2, duplicates: 1 });
    const byFile = Object.fromEntries(report.problems.map((p) => [p.file, p]));
    expect(byFile['broken.txt']).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^broken YAML at line \d+/) });
    expect(byFile['image.txt']).toMatchObject({ kind: 'skipped', reason: 'not a text file (binary content)' });
    expect(byFile['tech/a-copy.txt']).toMatchObject({ kind: 'duplicate', reason: expect.stringContaining('finance/2025/a.txt') });
    expect(byFile['c.markdown']).toMatchObject({ kind: 'warning', reason: expect.stringContaining('unsafe URL') });
    expect(readJson<IngestReport>(join(out, 'report.json'))).toEqual(report);
  });

  it('does not let a later file of an article with a longer text replace it, and names both files (issue 12, 7)', async () => {
    const original = readFileSync(fixture('sina-full-boilerplate'), 'utf8');
    rmSync(join(posts, 'tech', 'a-copy.txt'));
    const forged = original.replace('</p>', '伪造的补充段落，比原文更长。</p>');
    writeFileSync(join(posts, 'zz-forged.txt'), forged);
    const report = await ingest();
    const problem = report.problems.find((p) => p.file === 'zz-forged.txt');
    expect(problem).toEqual({
      file: 'zz-forged.txt',
      kind: 'duplicate',
      reason:
        'CONFLICT: same title and date as finance/2025/a.txt but different text; kept finance/2025/a.txt (first in path order), dropped zz-forged.txt: check which is genuine',
    });
    const { ordered } = checkFolder(out);
    const id = ordered.find((m) => m.title.startsWith('长三角'))!.id;
    expect(readFileSync(join(out, 'articles', `${id}.json`), 'utf8')).not.toContain('伪造');
  });

  it('writes a schema 2 bundle whose every file checks out, and nothing else', async () => {
    await ingest({ now: new Date('2026-11-29T00:00:00Z') });
    const { manifest, ordered, timeline, head } = checkFolder(out);
    expect(manifest).toMatchObject({
      schemaVersion: BUNDLE_SCHEMA_VERSION,
      generatedAt: '2026-11-29T00:00:00.000Z',
      version: expect.stringMatching(/^[a-z2-7]{10}$/),
      articleCount: 6,
      pageSize: PAGE_SIZE,
      stockCount: 10,
    });
    // Oldest first: e (June), a (July), d (September), c, f and b (1, 20 and 26 November).
    expect(ordered.map((m) => m.title.slice(0, 6))).toEqual(['编码测试：旧', '长三角“数据', 'AI大模型进', '十月新能源车', '腾讯控股与宁', '全球科技股普']);
    expect(timeline.pages).toHaveLength(1);
    expect(timeline.days.filter((_, i) => i % 2 === 1)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(head.articles).toHaveLength(6);
    expect(ordered.every((m) => !('html' in m) && !('neighbours' in m))).toBe(true);
  });

  it('counts articles at every level of the category tree, each article once per node', async () => {
    await ingest();
    const { categories } = readJson<Manifest>(join(out, 'manifest.json'));
    const finance = categories.find((c) => c.name === '金融')!;
    // a, b, d (filed twice, under 国內 and 科技) and e.
    expect(finance.count).toBe(4);
    const sina = finance.children.find((c) => c.name === '新浪财经')!;
    expect(sina.children.map((c) => [c.name, c.count])).toEqual([
      ['新浪财经－国內', 3],
      ['新浪财经－港股', 1],
    ]);
    expect(categories.map((c) => [c.name, c.count])).toEqual([
      ['金融', 4],
      ['科技', 2],
      ['汽车', 1],
    ]);
  });

  it('lists stocks by count with a facet each, co-mentions and category counts, a linked name beating a bare code', async () => {
    await ingest();
    const { facets, directory } = checkFolder(out);
    expect(directory.stocks.slice(0, 3).map((s) => [s.code, s.count])).toEqual([
      ['hk00700', 2],
      ['sh601318', 2],
      ['sz300750', 2],
    ]);
    const byCode = Object.fromEntries(directory.stocks.map((s) => [s.code, s]));
    expect(byCode.sh600036).toMatchObject({ name: '招商银行', market: 'SH', count: 1 });
    expect(byCode.hk00700).toMatchObject({ name: '腾讯控股', symbol: '00700' });
    // b.html, the newer, only lists the code; f.md links it by name.
    expect(byCode.sh601318).toMatchObject({ name: '中国平安' });
    expect(byCode.hk03690).toMatchObject({ name: '03690.HK' });
    const tencent = facets.get('stock:hk00700')!;
    expect(tencent.related).toEqual([
      ['sh601318', 2],
      ['sz300750', 2],
      ['bj430047', 1],
      ['fx_susdcnh', 1],
      ['gb_aapl', 1],
      ['gb_nvda', 1],
      ['hk03690', 1],
    ]);
    expect(tencent.categoryCounts).toEqual([
      ['科技', 1],
      ['科技/36氪', 1],
      ['金融', 1],
      ['金融/新浪财经', 1],
      ['金融/新浪财经/新浪财经－港股', 1],
    ]);
  });

  it('chains the articles through their neighbours, the newest and oldest ending the chain', async () => {
    await ingest();
    const { ordered } = checkFolder(out);
    const newest = readJson<{ neighbours: unknown }>(join(out, 'articles', `${ordered.at(-1)!.id}.json`));
    const oldest = readJson<{ neighbours: unknown }>(join(out, 'articles', `${ordered[0]!.id}.json`));
    expect(newest.neighbours).toEqual({ newer: null, older: { id: ordered.at(-2)!.id, title: ordered.at(-2)!.title } });
    expect(oldest.neighbours).toEqual({ newer: { id: ordered[1]!.id, title: ordered[1]!.title }, older: null });
  });

  it('writes byte-identical files on every run but for the build time, also after renames', async () => {
    const second = join(work, 'second');
    await ingest({ now: new Date('2026-01-01T00:00:00Z') });
    cpSync(posts, join(work, 'renamed'), { recursive: true });
    rmSync(join(work, 'renamed', 'finance', '2025', 'a.txt'));
    cpSync(fixture('sina-full-boilerplate'), join(work, 'renamed', 'moved-and-renamed.txt'));
    await ingest({ postsDir: join(work, 'renamed'), outDir: second, now: new Date('2026-06-01T00:00:00Z'), workers: 2 });
    const files = listFiles(out);
    expect(listFiles(second)).toEqual(files);
    for (const file of files) {
      const [a, b] = [readFileSync(join(out, file), 'utf8'), readFileSync(join(second, file), 'utf8')];
      if (file === 'manifest.json' || file === 'report.json') {
        const { generatedAt: atA, ...restA } = JSON.parse(a) as Manifest;
        const { generatedAt: atB, ...restB } = JSON.parse(b) as Manifest;
        expect(atA).not.toBe(atB);
        if (file === 'manifest.json') expect(restB, file).toEqual(restA);
      } else {
        expect(b, file).toBe(a);
      }
    }
  });

  it('changes the revs of an article and its neighbours, and the version, when a newer article arrives', async () => {
    await ingest();
    const before = checkFolder(out);
    const newest = before.ordered.at(-1)!;
    writeFileSync(join(posts, 'g.md'), COOPERATION_POST.replace('储能合作', '储能合作二期').replace('2025-11-20', '2025-12-01'));
    await ingest();
    const after = checkFolder(out);
    expect(after.manifest.version).not.toBe(before.manifest.version);
    expect(after.ordered.slice(0, -2).map((m) => m.rev)).toEqual(before.ordered.slice(0, -1).map((m) => m.rev));
    expect(after.ordered.at(-2)).toEqual({ ...newest, rev: expect.not.stringMatching(newest.rev) });
  });

  describe.each([
    ['the first write (finishing an article)', (_count: number) => 1],
    ['a facet, after every article', (count: number) => count - 5],
    ['the manifest, the last write', (count: number) => count],
  ])('when the disk fails at %s', (_name, failAt) => {
    it('leaves the previous bundle intact and no staging folder behind', async () => {
      await ingest();
      const before = listFiles(out).map((file) => [file, readFileSync(join(out, file), 'utf8')]);
      rmSync(join(posts, 'c.markdown'));
      let count = 0;
      const countingDisk: BundleDisk = { writeFile: (path, data) => (count++, NODE_DISK.writeFile(path, data)) };
      // Counted on the same bundle and cache (an incremental run writes only what changed),
      // which are then put back as they were.
      cpSync(out, join(work, 'saved', 'data'), { recursive: true });
      cpSync(join(work, 'cache'), join(work, 'saved', 'cache'), { recursive: true });
      await ingest({ disk: countingDisk });
      for (const [from, to] of [
        [join(work, 'saved', 'data'), out],
        [join(work, 'saved', 'cache'), join(work, 'cache')],
      ] as const) {
        rmSync(to, { recursive: true });
        cpSync(from, to, { recursive: true, preserveTimestamps: true });
      }
      let writes = 0;
      const fail = (): void => {
        if (++writes === failAt(count)) throw new Error('ENOSPC: no space left on device');
      };
      const failingDisk: BundleDisk = { writeFile: (path, data) => (fail(), NODE_DISK.writeFile(path, data)) };
      await expect(ingest({ disk: failingDisk })).rejects.toThrow(/ENOSPC/);
      expect(listFiles(out).map((file) => [file, readFileSync(join(out, file), 'utf8')])).toEqual(before);
      expect(readdirSync(join(work, 'out'))).toEqual(['data']);
    });
  });

  describe('run again', () => {
    /** Every file of a bundle folder with its text, manifest and report without their build time. */
    const snapshot = (dir: string): [string, unknown][] =>
      listFiles(dir).map((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        if (file !== 'manifest.json' && file !== 'report.json') return [file, text];
        const { generatedAt: _at, ...rest } = JSON.parse(text) as Manifest;
        return [file, rest];
      });

    it('after posts are added, changed and removed, writes what a full rebuild writes, processing and writing only what changed', async () => {
      await ingest();
      writeFileSync(join(posts, 'g.md'), COOPERATION_POST.replace('储能合作', '储能合作二期').replace('2025-11-20', '2025-12-01'));
      writeFileSync(join(posts, 'tech', 'f.md'), COOPERATION_POST.replace('储能', '储能电站'));
      rmSync(join(posts, 'finance', 'e.txt'));
      const { report, stats } = await run();
      expect(stats).toMatchObject({ processed: 2, cached: 7 });
      // The new article, the changed one, and the neighbours whose links changed.
      expect(stats.articlesWritten).toBeLessThanOrEqual(5);
      expect(report.problems.map((p) => p.file)).toEqual(['broken.txt', 'c.markdown', 'image.txt', 'tech/a-copy.txt']);
      expect(report.ok).toBe(6);
      const full = join(work, 'full');
      await ingest({ outDir: full, cacheDir: join(work, 'full-cache') });
      expect(snapshot(out)).toEqual(snapshot(full));
      checkFolder(out);
      expect(existsSync(join(out, 'articles', `${checkFolder(full).ordered[0]!.id}.json`))).toBe(true);
    });

    it('adding one post to a generated corpus rewrites only the files that hold it, its neighbour, or name them', async () => {
      rmSync(posts, { recursive: true });
      mkdirSync(posts);
      // 230 articles: the index's newest segment holds the last 38, the middle one the 192 before.
      for (const post of generateCorpus({ count: 232, seed: 5 })) writeFileSync(join(posts, post.fileName), post.text);
      await ingest();
      const before = new Map(snapshot(out));
      const [extra] = generateCorpus({ count: 1, seed: 77 });
      writeFileSync(join(posts, 'zz-newest.md'), extra!.text.replace(/^date: .*$/m, 'date: 2030-01-01 09:00:00'));
      const { stats } = await run();
      const after = new Map(snapshot(out));
      const changed = [...after].filter(([file, content]) => JSON.stringify(before.get(file)) !== JSON.stringify(content)).map(([file]) => file);
      const removed = [...before.keys()].filter((file) => !after.has(file));
      expect(stats.written).toBe(changed.length);
      expect(stats.removed).toBe(removed.length);
      const { manifest, ordered } = checkFolder(out);
      const [middle, newest] = manifest.search.segments.slice(-2);
      expect(newest!.count).toBeLessThan(64);
      // The new article and the one it follows; the last page and the head; the timeline
      // and the stock directory; the facets the two are in; the newest segment of the
      // index; the manifest and the report. Nothing of the middle segment, no other article.
      expect(changed.filter((f) => f.startsWith('articles/')).sort()).toEqual(
        ordered
          .slice(-2)
          .map((m) => `articles/${m.id}.json`)
          .sort(),
      );
      expect(changed.filter((f) => f.startsWith('search/')).every((f) => f.startsWith(`search/${newest!.name}-`))).toBe(true);
      expect(changed.some((f) => f.startsWith(`search/${middle!.name}-`))).toBe(false);
      expect(changed.filter((f) => f.startsWith('timeline/'))).toHaveLength(1);
      expect(changed.filter((f) => !f.startsWith('search/')).length).toBeLessThanOrEqual(20);
      expect(changed).toEqual(expect.arrayContaining(['manifest.json', 'report.json']));
      // Two ingests of a generated corpus: about 4.5 s here, past Vitest's 5 s default under load.
    }, 30_000);

    it('with nothing changed, processes nothing and writes only the report and the manifest', async () => {
      await ingest();
      const before = snapshot(out);
      const { stats } = await run();
      expect(stats).toMatchObject({ processed: 0, cached: 9, articlesWritten: 0, written: 2, removed: 0 });
      expect(snapshot(out)).toEqual(before);
    });

    it('processes everything again with full, to the same bundle', async () => {
      await ingest();
      const before = snapshot(out);
      expect((await run({ full: true })).stats).toMatchObject({ processed: 9, cached: 0 });
      expect(snapshot(out)).toEqual(before);
    });
  });

  it('writes an empty but valid bundle for an empty folder', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const report = await ingest({ postsDir: empty });
    expect(report).toMatchObject({ read: 0, ok: 0 });
    const { manifest, timeline, head, directory } = checkFolder(out);
    expect(manifest).toMatchObject({ articleCount: 0, categories: [], stockCount: 0 });
    expect(timeline).toEqual<Timeline>({ pages: [], days: [] });
    expect(head).toEqual<MetaPage>({ first: 0, articles: [] });
    expect(directory).toEqual<StockDirectory>({ stocks: [] });
  });
});
