import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint is the architecture's enforcement (ARCHITECTURE.md): each case lints a probe
 * as if it were a file at `path` and expects the rule to fire, or not. The imported
 * modules are real, so a probe breaks the moment a layer or a feature's place changes.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function rulesFired(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const BOUNDARIES = 'import-x/no-restricted-paths';

describe('layer boundaries', () => {
  it.each([
    [
      'src/shared reaches up into src/lib',
      'src/shared/probe.ts',
      "import { queryClient } from '../lib/query-client';\nexport const probe = queryClient;\n",
      true,
    ],
    [
      'src/lib reaches up into the bundle client',
      'src/lib/probe.ts',
      "import { getArticle } from '../bundle/article-query';\nexport const probe = getArticle;\n",
      true,
    ],
    [
      'a component reaches into a feature',
      'src/components/probe.ts',
      "import { useBookmarkActions } from '../features/bookmarks/bookmark-writes';\nexport const probe = useBookmarkActions;\n",
      true,
    ],
    [
      'the bundle client reaches into a feature',
      'src/bundle/probe.ts',
      "import { useBookmarkActions } from '../features/bookmarks/bookmark-writes';\nexport const probe = useBookmarkActions;\n",
      true,
    ],
    [
      'a feature reaches into the app',
      'src/features/bookmarks/probe.ts',
      "import { createAppRouter } from '../../app/router';\nexport const probe = createAppRouter;\n",
      true,
    ],
    [
      'browser code imports the ingest',
      'src/lib/probe.ts',
      "import { ingestFolder } from '../ingest/run/ingest-folder';\nexport const probe = ingestFolder;\n",
      true,
    ],
    ['the ingest imports browser code', 'src/ingest/probe.ts', "import { queryClient } from '../lib/query-client';\nexport const probe = queryClient;\n", true],
    [
      'a feature uses one it may not (search → bookmarks)',
      'src/features/search/probe.ts',
      "import { useBookmarkActions } from '../bookmarks/bookmark-writes';\nexport const probe = useBookmarkActions;\n",
      true,
    ],
    [
      'a feature uses one it may (articles → bookmarks)',
      'src/features/articles/probe.ts',
      "import { useBookmarkActions } from '../bookmarks/bookmark-writes';\nexport const probe = useBookmarkActions;\n",
      false,
    ],
    [
      'the app uses a feature',
      'src/app/probe.ts',
      "import { useBookmarkActions } from '../features/bookmarks/bookmark-writes';\nexport const probe = useBookmarkActions;\n",
      false,
    ],
    [
      'a pipeline step reaches into the bundle (stages: pipeline ← bundle ← run ← cli)',
      'src/ingest/pipeline/steps/probe.ts',
      "import { buildBundle } from '../../bundle/build-bundle';\nexport const probe = buildBundle;\n",
      true,
    ],
    [
      'the bundle builders reach into the run',
      'src/ingest/bundle/probe.ts',
      "import { ingestFolder } from '../run/ingest-folder';\nexport const probe = ingestFolder;\n",
      true,
    ],
    [
      'the run uses the pipeline',
      'src/ingest/run/probe.ts',
      "import { processPost } from '../pipeline/process-post';\nexport const probe = processPost;\n",
      false,
    ],
    ['the ingest uses src/shared', 'src/ingest/probe.ts', "import { PHRASING } from '../shared/html-policy';\nexport const probe = PHRASING;\n", false],
    [
      'a test checks the ingest against the reader',
      'src/lib/probe.test.ts',
      "import { ingestFolder } from '../ingest/run/ingest-folder';\nexport const probe = ingestFolder;\n",
      false,
    ],
    [
      'a test still may not put a feature above the app',
      'src/features/reader/probe.test.ts',
      "import { createAppRouter } from '../../app/router';\nexport const probe = createAppRouter;\n",
      true,
    ],
  ])('%s', async (_name, path, code, fires) => {
    expect((await rulesFired(path, code)).includes(BOUNDARIES)).toBe(fires);
  });
});

describe('code rules', () => {
  it('refuses `any`', async () => {
    expect(await rulesFired('src/lib/probe.ts', 'export const probe = (value: any) => value;\n')).toContain('@typescript-eslint/no-explicit-any');
  });

  it('refuses a source file past 400 lines, not a test', async () => {
    const long = `${Array.from({ length: 401 }, (_, i) => `export const line${i} = ${i};`).join('\n')}\n`;
    expect(await rulesFired('src/lib/probe.ts', long)).toContain('max-lines');
    expect(await rulesFired('src/lib/probe.test.ts', long)).not.toContain('max-lines');
  });

  it('refuses a store of its own beside the query client, and allows the platform subscriptions listed', async () => {
    const store = [
      "import { useSyncExternalStore } from 'react';",
      'const listeners = new Set<() => void>();',
      'let value = 0;',
      'export const useProbe = () => useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), () => value);',
      '',
    ].join('\n');
    expect(await rulesFired('src/features/bookmarks/use-probe.ts', store)).toContain('no-restricted-imports');
    expect(await rulesFired('src/features/offline/use-online.ts', store)).not.toContain('no-restricted-imports');
  });

  it('refuses an effect that misses a dependency', async () => {
    const code = [
      "import { useEffect } from 'react';",
      'export function useProbe(value: string): void {',
      '  useEffect(() => {',
      '    document.title = value;',
      '  }, []);',
      '}',
      '',
    ].join('\n');
    expect(await rulesFired('src/lib/use-probe.ts', code)).toContain('react-hooks/exhaustive-deps');
  });

  it('accepts the probes above once they follow the rules', async () => {
    expect(await rulesFired('src/lib/probe.ts', "import { PHRASING } from '../shared/html-policy';\nexport const probe = PHRASING;\n")).toEqual([]);
  });
});
