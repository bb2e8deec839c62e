/**
 * Rewrites every golden fixture's expected.json from the current code. Review the
 * resulting diff: it is the change in behaviour your edit makes.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { goldenCases, renderOutcome } from '../test/golden-fixtures';

let changed = 0;
for (const { name, postPath, expectedPath } of goldenCases()) {
  const next = renderOutcome(postPath);
  const previous = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
  if (previous === next) continue;
  writeFileSync(expectedPath, next);
  changed++;
  console.log(`${previous === null ? 'created' : 'updated'} ${relative(process.cwd(), expectedPath)} (${name})`);
}
console.log(changed === 0 ? 'all expectations up to date' : `${changed} expectation(s) written: review the diff`);
