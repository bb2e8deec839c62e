import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages whose code decides what the ingest writes: their versions are part of its own. */
const DEPENDENCIES = ['htmlparser2', 'domhandler', 'dom-serializer', 'js-yaml'];

/**
 * The version of the ingest's code: a hash of every source file that can change what it
 * writes (src/ingest and src/shared from sources, the compiled files from dist-cli), and
 * of the versions of the parsers it runs. The cache is valid for one version only, so a
 * changed step never serves an article the old step made — no one has to remember to
 * bump a number.
 */
export function ingestCodeVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const fromSource = import.meta.url.endsWith('.ts');
  // From sources this file is src/ingest/run/cache/; compiled, it is inlined into dist-cli/.
  const roots = fromSource ? [join(here, '..', '..'), join(here, '..', '..', '..', 'shared')] : [here];
  const hash = createHash('sha256');
  for (const root of roots) {
    for (const file of codeFiles(root, fromSource)) {
      hash.update(relative(root, file));
      hash.update(readFileSync(file));
    }
  }
  const require = createRequire(import.meta.url);
  for (const name of DEPENDENCIES) hash.update(`${name}@${installedVersion(require, name)}`);
  return hash.digest('hex').slice(0, 16);
}

function codeFiles(root: string, fromSource: boolean): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      // The corpus generator and the tests write nothing the ingest keeps.
      if (entry.isDirectory()) {
        if (!(fromSource && entry.name === 'corpus')) visit(path);
      } else if (fromSource ? /\.(ts|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) : /\.(js|mjs)$/.test(entry.name)) {
        out.push(path);
      }
    }
  };
  visit(root);
  return out;
}

function installedVersion(require: NodeJS.Require, name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === name) return parsed.version ?? 'unknown';
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
