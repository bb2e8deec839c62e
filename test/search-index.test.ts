import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Manifest } from '../src/shared/bundle-types';
import { matchesAllTerms, planSearch } from '../src/shared/search-match';
import { bigramKey, textKeyOccurrences } from '../src/shared/search-text';
import { answerSearch } from '../src/bundle/search-engine';
import { generateCorpus } from '../tools/corpus/generate-corpus';
import { ingestFolder } from '../src/ingest/run/ingest-folder';
import { PARALLEL_THRESHOLD } from '../src/ingest/run/ingest-folder';
import { searchTextOf } from '../src/ingest/pipeline/steps/index-search-text';
import { checkBundle, type CheckedBundle } from './bundle-checks';
import { diskSearchFiles } from './disk-search-files';

/**
 * The index against the truth: over a generated corpus, ingested through the worker
 * threads as real folders are, every query's answer — the index's lists, then the check
 * of candidates against their text — must be exactly the articles whose text (title,
 * cleaned body as the article file holds it, stocks) contains every term.
 */
const POSTS = PARALLEL_THRESHOLD + 100;
let dir: string;
let bundle: CheckedBundle;
let texts: string[];
let read: (path: string) => string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ducai-search-'));
  const posts = join(dir, 'posts');
  mkdirSync(posts);
  for (const post of generateCorpus({ count: POSTS, seed: 7 })) writeFileSync(join(posts, post.fileName), post.text);
  await ingestFolder({ postsDir: posts, outDir: join(dir, 'out'), cacheDir: join(dir, 'cache'), now: new Date('2026-12-01T00:00:00Z') });
  read = (path: string) => readFileSync(join(dir, 'out', path), 'utf8');
  bundle = checkBundle(JSON.parse(read('manifest.json')) as Manifest, read);
  // The truth is read from the article files, as the app reads them, not from the ingest's DOM.
  texts = bundle.ordered.map((meta) => {
    const article = JSON.parse(read(`articles/${meta.id}.json`)) as Article;
    return searchTextOf(parseDocument(article.html), article.title, article.stocks);
  });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A query as the app answers it: the engine over the files on disk, then the text check
 * of the candidates the index left open. Asserts that what the index proved is true.
 */
async function answer(query: string): Promise<{ matches: number[]; candidates: number; open: number }> {
  const plan = planSearch(query);
  const found = await answerSearch(plan, bundle.manifest.search, diskSearchFiles(bundle.manifest, read));
  const proved = [...found.matches];
  expect(
    proved.every((o) => matchesAllTerms(texts[o]!, plan.terms)),
    `${query}: what the index proves is true`,
  ).toBe(true);
  const matches = [...found.all].filter((o) => proved.includes(o) || matchesAllTerms(texts[o]!, plan.terms));
  return { matches, candidates: found.all.length, open: found.unverified.length };
}

/** Where each key occurs in an article's text, by the definition of src/shared/search-text.ts; computed once an article. */
const occurrencesOf = new Map<number, Map<number, number[]>>();
function occurrences(ordinal: number, key: string): number[] {
  let byKey = occurrencesOf.get(ordinal);
  if (!byKey) {
    byKey = new Map();
    for (const [k, at] of textKeyOccurrences(texts[ordinal]!)) byKey.set(k, [...(byKey.get(k) ?? []), at]);
    occurrencesOf.set(ordinal, byKey);
  }
  return byKey.get(bigramKey(key, 0)) ?? [];
}

const truth = (query: string): number[] => {
  const { terms } = planSearch(query);
  return texts.flatMap((text, o) => (matchesAllTerms(text, terms) ? [o] : []));
};

/** Substrings of the corpus itself, of each length, so every kind of query has true matches. */
function sampled(length: number, count: number, seed: number): string[] {
  const out: string[] = [];
  let x = seed;
  while (out.length < count) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const text = texts[x % texts.length]!;
    const at = (x >>> 8) % Math.max(1, text.length - length);
    const piece = text.slice(at, at + length);
    if (piece.length === length && !piece.includes(' ')) out.push(piece);
  }
  return out;
}

describe('the search index of an ingested corpus', () => {
  it('indexes every article', () => {
    expect(bundle.ordered.length).toBeGreaterThan(POSTS * 0.9);
    expect(bundle.search.size).toBeGreaterThan(1000);
  });

  it.each([
    ['2 characters', () => sampled(2, 25, 1)],
    ['3 characters', () => sampled(3, 25, 2)],
    ['4 characters', () => sampled(4, 25, 3)],
    ['6 characters, across words', () => sampled(6, 15, 4)],
    ['two words', () => sampled(2, 20, 5).map((w, i, all) => `${w} ${all[(i + 7) % all.length]}`)],
    ['no match', () => ['中关村茅台宁德', 'zzqx', '９９５亿元整整']],
  ])('answers %s exactly, as a substring scan of the text does', async (_kind, queries) => {
    // Queries are drawn from the corpus, which exists only once beforeAll has run.
    for (const query of queries()) {
      const { matches, candidates } = await answer(query);
      expect(matches, query).toEqual(truth(query));
      expect(candidates, `${query}: candidates include every match`).toBeGreaterThanOrEqual(matches.length);
    }
  });

  it('proves three-character words by positions, leaving no candidate to the text', async () => {
    let proved = 0;
    for (const query of sampled(3, 25, 12)) {
      const { open, matches } = await answer(query);
      // A key too common to keep its positions may leave some open; the corpus is small, so few are.
      if (open === 0) proved++;
      expect(matches, query).toEqual(truth(query));
    }
    expect(proved).toBeGreaterThanOrEqual(20);
  });

  it('keeps the positions of every key exactly as the text has them', () => {
    let checked = 0;
    for (const [key, lists] of bundle.search) {
      if (checked >= 300) break;
      const segments = bundle.manifest.search.segments;
      lists.positions.forEach((positions, g) => {
        if (positions === null) return;
        const segment = segments.filter((s) => [...lists.all].some((o) => o >= s.first && o < s.first + s.count))[g]!;
        const inSegment = [...lists.all].filter((o) => o >= segment.first && o < segment.first + segment.count);
        inSegment.forEach((o, i) => {
          expect([...positions.offsets.subarray(positions.starts[i]!, positions.starts[i + 1]!)], `${key} in ${o}`).toEqual(occurrences(o, key));
        });
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('finds every article that mentions a stock by its code, its symbol and its name', async () => {
    const stock = bundle.directory.stocks.find((s) => s.market === 'SZ' || s.market === 'SH')!;
    const mentioning = bundle.ordered.flatMap((meta, o) => (meta.stocks.some((s) => s.code === stock.code) ? [o] : []));
    for (const query of [stock.code, stock.code.toUpperCase(), stock.symbol, `${stock.symbol}.${stock.market}`]) {
      const { matches } = await answer(query);
      expect(
        matches.filter((o) => mentioning.includes(o)),
        query,
      ).toEqual(mentioning);
    }
    expect((await answer(stock.name)).matches).toEqual(expect.arrayContaining(mentioning));
  });

  it('ranks as frequent exactly the articles that use a two-character word three times or more', () => {
    const occurrences = (text: string, word: string) => {
      let n = 0;
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) n++;
      return n;
    };
    for (const word of sampled(2, 25, 11)) {
      const frequent = bundle.search.get(word)?.frequent ?? new Int32Array(0);
      const expected = texts.flatMap((text, o) => (occurrences(text, word) >= 3 ? [o] : []));
      expect([...frequent], word).toEqual(expected);
    }
  });

  it('matches full-width and upper-case queries as the text is written', async () => {
    const word = sampled(3, 40, 9).find((w) => /[a-z0-9]/.test(w)) ?? 'a股';
    const wide = word.replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.toUpperCase().charCodeAt(0) + 0xfee0));
    expect((await answer(wide)).matches).toEqual(truth(word));
  });
});
