/**
 * Compiles the ingest and prerender command-line tools to plain JavaScript in dist-cli/,
 * so that running them needs Node alone — not tsx, not TypeScript: `node dist-cli/ingest.js`.
 * Dependencies are bundled in, but piscina, which starts its worker threads from its own
 * files. The worker threads load dist-cli/worker-tasks.js (src/ingest/run/worker-pool.ts).
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');

export async function buildCli(outdir = join(ROOT, 'dist-cli')): Promise<string> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: {
      ingest: 'src/ingest/cli/cli.ts',
      prerender: 'src/prerender/cli.ts',
      'worker-tasks': 'src/ingest/run/worker-tasks.ts',
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['piscina'],
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    // Bundled CommonJS packages call require(): give the ES module output one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outdir;
}

// `build-cli.ts [outdir]`: another folder lets a second build run beside one in use.
if (process.argv[1] === import.meta.filename) {
  const outdir = process.argv[2];
  console.log(`compiled the ingest into ${await buildCli(outdir ? resolve(ROOT, outdir) : undefined)}`);
}
