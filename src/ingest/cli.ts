import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingestFolder } from './ingest-folder';

const USAGE = 'usage: npm run ingest -- <postsDir> <outDir> [--strict]';

/**
 * Exit codes: 0 the bundle was written (problems are reported, not fatal); 1 with
 * --strict when any post was skipped or was a duplicate; 2 on bad arguments or when
 * the bundle could not be written (the previous bundle is then left intact).
 */
async function main(argv: readonly string[]): Promise<number> {
  const strict = argv.includes('--strict');
  const positional = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--strict');
  if (positional.length !== 2 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const [postsDir, outDir] = positional.map((p) => resolve(p)) as [string, string];
  if (!isDirectory(postsDir)) {
    console.error(`${postsDir}: not a folder of posts`);
    return 2;
  }
  const started = performance.now();
  let report;
  try {
    report = await ingestFolder({ postsDir, outDir });
  } catch (error) {
    console.error(`could not write the bundle to ${outDir}: ${error instanceof Error ? error.message : String(error)}`);
    console.error('the previous bundle, if any, is unchanged');
    return 2;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const problem of report.problems) {
    console.error(`${problem.kind === 'warning' ? 'warning' : problem.kind}: ${problem.file}: ${problem.reason}`);
  }
  console.log(
    `read ${report.read} · ok ${report.ok} · skipped ${report.skipped} · duplicates ${report.duplicates} ` +
      `→ ${outDir} (${seconds} s)`,
  );
  return strict && report.skipped + report.duplicates > 0 ? 1 : 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

process.exitCode = await main(process.argv.slice(2));
