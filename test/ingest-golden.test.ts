import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases, renderOutcome } from './golden-fixtures';

// To change an expectation: edit the code, run `npm run fixtures:update`, and review
// the diff of test/fixtures/ingest/*/expected.json before committing it.
describe('ingest golden fixtures', () => {
  it.each(goldenCases())('$name', ({ postPath, expectedPath }) => {
    expect(existsSync(expectedPath), `${expectedPath} is missing: run npm run fixtures:update`).toBe(true);
    expect(renderOutcome(postPath)).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
