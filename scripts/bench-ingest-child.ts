/**
 * One measured ingest, in its own process so peak RSS is the ingest's alone (the
 * loader's own footprint included, as a user running the CLI would see it).
 * Prints one JSON line: seconds, rssMiB, read, ok, and seconds per phase.
 */
import { ingestFolder } from '../src/ingest/ingest-folder';

const [postsDir, outDir] = process.argv.slice(2);
if (postsDir === undefined || outDir === undefined) throw new Error('usage: bench-ingest-child <postsDir> <outDir>');
const started = performance.now();
const phases: Record<string, number> = {};
const { report } = await ingestFolder({ postsDir, outDir, cacheDir: `${outDir}.cache`, full: true, onPhase: (phase, ms) => (phases[phase] = ms / 1000) });
const seconds = (performance.now() - started) / 1000;
// maxRSS is in KiB.
const rssMiB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ seconds, rssMiB, read: report.read, ok: report.ok, phases }));
