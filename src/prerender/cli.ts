import { resolve } from 'node:path';

import { prerenderIndex } from './prerender-index';

/**
 * `tsx src/prerender/cli.ts [distDir] [--base /reader/]`: the first screen of `/` into
 * distDir/index.html from distDir/data. Exit 2 on bad arguments or a missing build.
 */
function main(argv: readonly string[]): number {
  const baseAt = argv.indexOf('--base');
  const base = baseAt === -1 ? '/' : (argv[baseAt + 1] ?? '');
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && (baseAt === -1 || i !== baseAt + 1));
  if (!base.startsWith('/') || !base.endsWith('/') || positional.length > 1) {
    console.error('usage: tsx src/prerender/cli.ts [distDir] [--base /path/]');
    return 2;
  }
  const dist = resolve(positional[0] ?? 'dist');
  try {
    const shown = prerenderIndex(dist, base);
    console.log(`prerendered the first screen (${shown} articles) into ${dist}/index.html`);
    return 0;
  } catch (error) {
    console.error(`could not prerender: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
