import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { generateCorpus } from '../corpus/generate-corpus';
import { processPost } from '../../src/ingest/pipeline/process-post';
import { parseHtml } from '../../src/ingest/pipeline/steps/parse-body';
import { sanitizeHtml } from '../../src/ingest/pipeline/steps/sanitize-html';
import { mutatePost, soupPost, type Operator } from './mutate-post';

/** What became of one mutated post. The runner adds 'hang' (past the deadline). */
export interface FuzzResult {
  readonly index: number;
  readonly operators: readonly Operator[];
  readonly ms: number;
  /**
   * ok: an article came out, and its HTML is a fixed point of the ingest's sanitizer;
   * skipped: refused with a reason (the reason's first words say which kind);
   * crash: processPost threw; unstable: the HTML changed when sanitized again.
   */
  readonly outcome: 'ok' | 'skipped' | 'crash' | 'unstable';
  readonly reason?: string;
  /** The article's HTML, for the browser-side check (ok outcomes only). */
  readonly html?: string;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest');

/** The posts mutations start from: generated posts of every shape, posts of pure tag soup, and the golden fixtures' posts. */
export function fuzzSeeds(runSeed: number): Uint8Array[] {
  const encoder = new TextEncoder();
  const seeds: Uint8Array[] = [...generateCorpus({ count: 60, seed: runSeed })].map((post) => encoder.encode(post.text));
  for (let i = 0; i < 40; i++) seeds.push(soupPost(runSeed * 100 + i, 50 + i * 10));
  for (const dir of readdirSync(FIXTURES)) {
    const post = readdirSync(join(FIXTURES, dir)).find((name) => name.startsWith('post.'));
    if (post) seeds.push(new Uint8Array(readFileSync(join(FIXTURES, dir, post))));
  }
  return seeds;
}

/** Runs case `index`: mutate, process, and sanitize the output again. Never throws. */
export function runFuzzCase(seeds: readonly Uint8Array[], index: number, runSeed: number): FuzzResult {
  const { bytes, operators } = mutatePost(seeds, index, runSeed);
  const started = performance.now();
  let outcome;
  try {
    outcome = processPost(bytes);
  } catch (error) {
    return {
      index,
      operators,
      ms: performance.now() - started,
      outcome: 'crash',
      reason: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  const ms = performance.now() - started;
  if (!outcome.ok) return { index, operators, ms, outcome: 'skipped', reason: outcome.reason };
  const html = outcome.article.html;
  const again = sanitizeHtml(parseHtml(html)).html;
  if (again !== html) return { index, operators, ms, outcome: 'unstable', reason: firstDifference(html, again), html };
  return { index, operators, ms, outcome: 'ok', html };
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} became ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}
