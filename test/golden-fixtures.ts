import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processPost, type PostOutcome } from '../src/ingest/pipeline/process-post';

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures', 'ingest');

export interface GoldenCase {
  readonly name: string;
  readonly postPath: string;
  readonly expectedPath: string;
}

/**
 * The ingest's golden cases: one folder per case holding `post.*` (the input, bytes as
 * a pipeline would deliver them) and `expected.json` (the outcome of processPost).
 */
export function goldenCases(): GoldenCase[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(FIXTURES_DIR, entry.name);
      const post = readdirSync(dir).find((file) => file.startsWith('post.'));
      if (post === undefined) throw new Error(`${dir}: no post.* file`);
      return { name: entry.name, postPath: join(dir, post), expectedPath: join(dir, 'expected.json') };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The outcome as stored: JSON with stable formatting, so diffs of expectations read well. */
export function renderOutcome(postPath: string): string {
  const outcome: PostOutcome = processPost(readFileSync(postPath));
  if (!outcome.ok) return `${JSON.stringify(outcome, null, 2)}\n`;
  // `json` is the article serialized; it must say exactly what `article` says. The search
  // keys follow from the article's text (tested with the step) and would drown the diff.
  const { json, search: _search, ...rest } = outcome;
  if (JSON.stringify(JSON.parse(json)) !== JSON.stringify(outcome.article)) {
    throw new Error(`${postPath}: the serialized article differs from the article`);
  }
  return `${JSON.stringify(rest, null, 2)}\n`;
}
