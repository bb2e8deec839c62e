import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, ArticleIndex, IngestReport, Manifest, MetaPage } from '../src/shared/bundle-types';
import { ingestFolder } from '../src/ingest/ingest-folder';
import { FIXTURES_DIR } from './golden-fixtures';

const fixture = (name: string): string => readdirSync(join(FIXTURES_DIR, name)).map((f) => join(FIXTURES_DIR, name, f)).find((f) => /\/post\./.test(f))!;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

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

describe('ingestFolder', () => {
  it('reads every post under the folder and reports each problem against its file', async () => {
    const report = await ingestFolder({ postsDir: posts, outDir: out, now: new Date('2026-11-29T00:00:00Z') });
    expect(report).toMatchObject({ read: 8, ok: 5, skipped: 2, duplicates: 1 });
    const byFile = Object.fromEntries(report.problems.map((p) => [p.file, p]));
    expect(byFile['broken.txt']).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^broken YAML at line \d+/) });
    expect(byFile['image.txt']).toMatchObject({ kind: 'skipped', reason: 'not a text file (binary content)' });
    expect(byFile['tech/a-copy.txt']).toMatchObject({ kind: 'duplicate', reason: expect.stringContaining('finance/2025/a.txt') });
    expect(byFile['c.markdown']).toMatchObject({ kind: 'warning', reason: expect.stringContaining('unsafe URL') });
    expect(readJson<IngestReport>(join(out, 'report.json'))).toEqual(report);
  });

  it('writes a manifest, metadata pages newest first, an aligned index and one file per article', async () => {
    await ingestFolder({ postsDir: posts, outDir: out });
    const manifest = readJson<Manifest>(join(out, 'manifest.json'));
    expect(manifest.schemaVersion).toBe(1);
    expect(manifest.articleCount).toBe(5);
    const metas = manifest.meta.pages.flatMap((p) => readJson<MetaPage>(join(out, p.file)).articles);
    expect(metas).toHaveLength(5);
    const dates = metas.map((m) => m.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(metas.every((m) => !('html' in m))).toBe(true);
    for (const meta of metas) {
      const article = readJson<Article>(join(out, manifest.articlePath.replace('{id}', meta.id)));
      expect(article).toMatchObject(meta);
      expect(article.html.length).toBeGreaterThan(0);
    }
    const index = readJson<ArticleIndex>(join(out, manifest.index));
    expect(index.ids).toEqual(metas.map((m) => m.id));
    expect(index.dates).toEqual(metas.map((m) => Date.parse(m.date) / 1000));
    expect(index.categories.map((row) => row.map((i) => index.categoryPaths[i]))).toEqual(
      metas.map((m) => m.categories.map((p) => p.join('/'))),
    );
  });

  it('counts articles at every level of the category tree, each article once per node', async () => {
    await ingestFolder({ postsDir: posts, outDir: out });
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
      // Ties in pinyin order: kē before qì.
      ['科技', 1],
      ['汽车', 1],
    ]);
  });

  it('lists stocks with article counts, a linked name beating a bare code', async () => {
    await ingestFolder({ postsDir: posts, outDir: out });
    const { stocks } = readJson<Manifest>(join(out, 'manifest.json'));
    expect(stocks.find((s) => s.code === 'sh600036')).toMatchObject({ name: '招商银行', market: 'SH', count: 1 });
    expect(stocks.find((s) => s.code === 'hk00700')).toMatchObject({ name: '腾讯控股', symbol: '00700', count: 1 });
    expect(stocks.find((s) => s.code === 'sz002594')).toMatchObject({ name: '比亚迪', count: 1 });
  });

  it('writes the same articles and pages on every run (ids and revs are stable)', async () => {
    await ingestFolder({ postsDir: posts, outDir: out, now: new Date('2026-01-01T00:00:00Z') });
    const first = readdirSync(join(out, 'articles')).map((f) => readFileSync(join(out, 'articles', f), 'utf8'));
    const page = readFileSync(join(out, 'meta', 'page-0001.json'), 'utf8');
    cpSync(posts, join(work, 'renamed'), { recursive: true });
    rmSync(join(work, 'renamed', 'finance', '2025', 'a.txt'));
    cpSync(fixture('sina-full-boilerplate'), join(work, 'renamed', 'moved-and-renamed.txt'));
    await ingestFolder({ postsDir: join(work, 'renamed'), outDir: out, now: new Date('2026-06-01T00:00:00Z') });
    expect(readdirSync(join(out, 'articles')).map((f) => readFileSync(join(out, 'articles', f), 'utf8'))).toEqual(first);
    expect(readFileSync(join(out, 'meta', 'page-0001.json'), 'utf8')).toBe(page);
  });

  it('leaves the previous bundle intact when writing fails part-way', async () => {
    await ingestFolder({ postsDir: posts, outDir: out });
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    rmSync(join(posts, 'c.markdown'));
    let writes = 0;
    const failingDisk = (path: string, data: string): void => {
      if (++writes === 3) throw new Error('ENOSPC: no space left on device');
      writeFileSync(path, data);
    };
    await expect(ingestFolder({ postsDir: posts, outDir: out, writeFile: failingDisk })).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(out, 'articles'))).toHaveLength(5);
    // No staging folders are left behind.
    expect(readdirSync(join(work, 'out'))).toEqual(['data']);
  });

  it('writes an empty but valid bundle for an empty folder', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const report = await ingestFolder({ postsDir: empty, outDir: out });
    expect(report).toMatchObject({ read: 0, ok: 0 });
    const manifest = readJson<Manifest>(join(out, 'manifest.json'));
    expect(manifest).toMatchObject({ articleCount: 0, categories: [], stocks: [], meta: { pages: [] } });
    expect(existsSync(join(out, 'index.json'))).toBe(true);
  });
});
