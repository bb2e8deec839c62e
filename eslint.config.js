// The project's lint: TypeScript's recommended rules, React's hook rules, and the layers
// of ARCHITECTURE.md as import boundaries — a file that imports against them fails here,
// not in review. test/lint-boundaries.test.ts probes every rule below with a file that
// breaks it.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Which feature may use which: the graph has no cycle, and a feature not listed for
 * another never reaches into it. Every feature may use the layers below features.
 */
export const FEATURE_DEPENDENCIES = Object.freeze({
  articles: ['bookmarks', 'categories', 'keyboard', 'offline', 'read-state', 'search', 'settings'],
  reader: ['articles', 'bookmarks', 'keyboard', 'offline', 'read-state', 'settings'],
  stocks: ['articles'],
  search: ['keyboard'],
  bookmarks: ['keyboard'],
  categories: [],
  keyboard: [],
  offline: [],
  'read-state': [],
  settings: [],
});

const BROWSER = ['./src/app', './src/features', './src/components', './src/lib', './src/config', './src/bundle', './src/main.tsx', './src/sw.ts'];
const NODE = ['./src/ingest', './src/prerender'];

const APP_ABOVE_FEATURES = {
  target: './src/features',
  from: ['./src/app', './src/main.tsx', './src/sw.ts'],
  message: 'Features sit below the app: the app imports them, never the other way.',
};

/** The layers, each may import only those below it (and itself): shared ← lib, config, components ← bundle ← features ← app. */
const LAYER_ZONES = [
  { target: './src/shared', from: './src', except: ['./shared'], message: 'src/shared imports nothing but src/shared: both sides use it.' },
  { target: './src/lib', from: './src', except: ['./shared', './lib'], message: 'src/lib may import src/shared only.' },
  { target: './src/config', from: './src', except: ['./shared', './config'], message: 'src/config may import src/shared only.' },
  {
    target: './src/components',
    from: './src',
    except: ['./shared', './lib', './config', './components'],
    message: 'src/components may import src/shared, src/lib and src/config only.',
  },
  { target: './src/bundle', from: './src', except: ['./shared', './lib', './bundle'], message: 'The bundle client may import src/shared and src/lib only.' },
  APP_ABOVE_FEATURES,
  { target: './src', from: './tools', message: 'The product never imports tools/ (the corpus generator, the fuzzer); only tests may.' },
  { target: BROWSER, from: NODE, message: 'Browser code never imports Node code (src/ingest, src/prerender).' },
  { target: NODE, from: BROWSER, message: 'Node code never imports browser code; what both need lives in src/shared.' },
];

/** The ingest's stages, each importing only those before it: pipeline ← bundle ← run ← cli. */
const INGEST_STAGE_ZONES = [
  {
    target: './src/ingest/pipeline',
    from: ['./src/ingest/bundle', './src/ingest/run', './src/ingest/cli'],
    message: 'The per-post pipeline knows nothing of the bundle, the run or the CLI.',
  },
  { target: './src/ingest/bundle', from: ['./src/ingest/run', './src/ingest/cli'], message: 'The bundle builders are pure: the run orchestrates them.' },
  { target: './src/ingest/run', from: './src/ingest/cli', message: 'The run is used by the CLI, never the other way.' },
];

/** Per feature: every other feature it is not allowed to use. */
const FEATURE_ZONES = Object.entries(FEATURE_DEPENDENCIES).map(([feature, allowed]) => ({
  target: `./src/features/${feature}`,
  from: Object.keys(FEATURE_DEPENDENCIES)
    .filter((other) => other !== feature && !allowed.includes(other))
    .map((other) => `./src/features/${other}`),
  message: `The ${feature} feature may use ${allowed.length > 0 ? allowed.join(', ') : 'no other feature'} (FEATURE_DEPENDENCIES in eslint.config.js).`,
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', '.bench/**', 'public/data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, ...INGEST_STAGE_ZONES, ...FEATURE_ZONES] }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Chinese text is written with ideographic spaces, in comments too.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    // A test may reach across layers and sides to check what they promise together (the
    // ingest's HTML is a fixed point of the reader's sanitizer); the features' graph and
    // the app's place above them still hold.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [APP_ABOVE_FEATURES, ...FEATURE_ZONES] }] },
  },
  {
    // One client state (ARCHITECTURE.md, "Client state"): what the app holds lives in the
    // query client. useSyncExternalStore is for subscribing to the platform, in the files
    // named here; a store of one's own written beside the query client fails here.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/**/*.test.{ts,tsx}',
      'src/features/offline/use-online.ts',
      'src/features/settings/reading-settings.ts',
      'src/features/keyboard/components/shortcut-help.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: ['useSyncExternalStore'],
              message:
                'Client state lives in TanStack Query (queryOptions + setQueryData); useSyncExternalStore is only for platform subscriptions, in the files eslint.config.js lists.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright's fixtures take their dependencies by destructuring, none as `{}`.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // A source file is a unit one reads whole: past 400 lines it is two. Tests, the
    // corpus generator's vocabularies and sentences and the UI strings are tables, not logic.
    files: ['src/**/*.{ts,tsx}', 'tools/**/*.ts'],
    ignores: [
      'src/**/*.test.{ts,tsx}',
      'tools/**/*.test.ts',
      'src/shared/strings.ts',
      'tools/corpus/word-lists.ts',
      'tools/corpus/listed-companies.ts',
      'tools/corpus/sector-profiles.ts',
      'tools/corpus/compose-paragraphs.ts',
    ],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
);
