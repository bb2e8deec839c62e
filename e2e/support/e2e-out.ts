/**
 * Where the journeys' build goes: dist/e2e, or per port when E2E_PORT is set, so two runs
 * side by side (two checkouts, or helpers) never rebuild or serve each other's files —
 * the app, its bundle, or the compiled CLI a benchmark may be running.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);
export const E2E_OUT = process.env.E2E_PORT ? `dist/e2e-${E2E_PORT}` : 'dist/e2e';
export const E2E_CLI = process.env.E2E_PORT ? `dist/e2e-${E2E_PORT}-cli` : 'dist-cli';
/** The ingest's cache takes one run at a time: a run on its own port keeps its own. */
export const E2E_CACHE_OPTION = process.env.E2E_PORT ? ` --cache dist/e2e-${E2E_PORT}-cache` : '';
