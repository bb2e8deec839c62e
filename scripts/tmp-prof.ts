import { rmSync } from 'node:fs';
import { ingestFolder } from '../src/ingest/ingest-folder';
rmSync('/tmp/p10k', { recursive: true, force: true });
rmSync('/tmp/p10k.cache', { recursive: true, force: true });
const phases: Record<string, number> = {};
await ingestFolder({
  postsDir: '/work/main/.bench/posts-10000',
  outDir: '/tmp/p10k',
  cacheDir: '/tmp/p10k.cache',
  workers: 0,
  onPhase: (p, ms) => (phases[p] = ms / 1000),
});
console.log(phases);
