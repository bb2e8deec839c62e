import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { BuildMemo } from '../../bundle/build-bundle';

/**
 * The build memo (BuildMemo) kept in the cache folder between runs, for one version of
 * the ingest's code and one bundle folder: the keys of the files its last build used or
 * made, and their hashes. `has` says whether the bundle folder still has a file (by its
 * bundle-relative path): the memo never answers for a file that has gone.
 */
export function openMemo(cacheDir: string, code: string, outKey: string, has: (path: string) => boolean): BuildMemo & { save(): void } {
  const path = join(cacheDir, `memo-${code}-${outKey}.json`);
  let before = new Map<string, string>();
  try {
    before = new Map(JSON.parse(readFileSync(path, 'utf8')) as [string, string][]);
  } catch {
    // None yet, or unreadable: every file is built.
  }
  const used = new Map<string, string>();
  return {
    get(key, template) {
      const hash = before.get(key);
      if (hash === undefined || !has(template.replace('{hash}', hash))) return undefined;
      used.set(key, hash);
      return hash;
    },
    set(key, hash) {
      used.set(key, hash);
    },
    save() {
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify([...used]));
      renameSync(temp, path);
    },
  };
}
