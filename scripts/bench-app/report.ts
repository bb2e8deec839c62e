/**
 * Medians of the runs, the table (one column per corpus, then the target and PASS/FAIL at
 * 100,000 posts — or at the largest corpus measured, when 100,000 is not among them).
 * Units: ms; kB = 1,000 bytes; MB = 1,000,000 bytes.
 */
import type { EntryChunk } from './prepare';
import type { DirectRun, FilterRun, HomeRun } from './measure';

export interface RunRecord {
  readonly floorMs: number | null;
  readonly home: HomeRun | null;
  readonly article: DirectRun | null;
  readonly stock: DirectRun | null;
  readonly category: DirectRun | null;
  readonly filter: FilterRun | null;
  readonly errors: readonly string[];
}

export type Medians = Readonly<Record<MetricKey, number | null>>;

type MetricKey =
  | 'paintMs'
  | 'floorMs'
  | 'paintOverFloor'
  | 'paintOverBase'
  | 'beforePaintApp'
  | 'beforePaintData'
  | 'beforePaintTotal'
  | 'idleApp'
  | 'idleData'
  | 'articleMs'
  | 'articleDataUntil'
  | 'articleDataIdle'
  | 'stockMs'
  | 'stockDataUntil'
  | 'stockDataIdle'
  | 'categoryMs'
  | 'categoryDataUntil'
  | 'categoryDataIdle'
  | 'filterMs'
  | 'filterFrameMs'
  | 'longTasks'
  | 'longTaskMaxMs'
  | 'scrolledPx'
  | 'heapBytes';

export function median(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (present.length === 0) return null;
  const sorted = [...present].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `base`: the runs of the 1,000 corpus (or the smallest), round by round. */
export function medians(runs: readonly RunRecord[], base: readonly RunRecord[]): Medians {
  const of = (pick: (run: RunRecord) => number | null | undefined) => median(runs.map(pick));
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a != null && b ? a / b : null);
  return {
    paintMs: of((r) => r.home?.paintMs),
    floorMs: of((r) => r.floorMs),
    // Per run, the app against the floor measured just before it: drift cancels out.
    paintOverFloor: of((r) => ratio(r.home?.paintMs, r.floorMs)),
    // Per round too: against the 1,000 corpus measured in the same round.
    paintOverBase: median(runs.map((r, i) => ratio(r.home?.paintMs, base[i]?.home?.paintMs))),
    beforePaintApp: of((r) => r.home?.beforePaint.app),
    beforePaintData: of((r) => r.home?.beforePaint.data),
    beforePaintTotal: of((r) => (r.home ? r.home.beforePaint.app + r.home.beforePaint.data : null)),
    idleApp: of((r) => r.home?.afterIdle.app),
    idleData: of((r) => r.home?.afterIdle.data),
    articleMs: of((r) => r.article?.ms),
    articleDataUntil: of((r) => r.article?.untilShown.data),
    articleDataIdle: of((r) => r.article?.afterIdle.data),
    stockMs: of((r) => r.stock?.ms),
    stockDataUntil: of((r) => r.stock?.untilShown.data),
    stockDataIdle: of((r) => r.stock?.afterIdle.data),
    categoryMs: of((r) => r.category?.ms),
    categoryDataUntil: of((r) => r.category?.untilShown.data),
    categoryDataIdle: of((r) => r.category?.afterIdle.data),
    filterMs: of((r) => r.filter?.ms),
    filterFrameMs: of((r) => r.filter?.frameMs),
    longTasks: of((r) => r.home?.longTasks),
    longTaskMaxMs: of((r) => r.home?.longTaskMaxMs),
    scrolledPx: of((r) => r.home?.scrolledPx),
    heapBytes: of((r) => r.home?.heapBytes),
  };
}

export interface Column {
  readonly posts: number;
  readonly medians: Medians;
}

interface Row {
  readonly label: string;
  readonly value: (m: Medians) => number | null;
  readonly format: (value: number) => string;
  /** PASS when value ≤ limit. */
  readonly target?: { readonly text: string; readonly limit: number };
}

export interface TableRow {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly target: string | null;
  readonly pass: boolean | null;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const kB = (value: number) => `${(value / 1000).toFixed(1)} kB`;
const MB = (value: number) => `${(value / 1e6).toFixed(1)} MB`;
const times = (value: number) => `${value.toFixed(2)}×`;
const plain = (value: number) => String(Math.round(value));
const pick = (key: MetricKey) => (m: Medians) => m[key];

function rows(entry: EntryChunk, basePosts: number): Row[] {
  return [
    { label: 'first list paint', value: pick('paintMs'), format: ms },
    { label: '  static floor (20 titles)', value: pick('floorMs'), format: ms },
    { label: '  app / floor', value: pick('paintOverFloor'), format: times, target: { text: '≤ 3×', limit: 3 } },
    { label: `  vs ${basePosts.toLocaleString('en')} posts`, value: pick('paintOverBase'), format: times, target: { text: '≤ 1.1×', limit: 1.1 } },
    { label: 'before first paint: app code', value: pick('beforePaintApp'), format: kB },
    { label: '  bundle data', value: pick('beforePaintData'), format: kB },
    { label: '  total', value: pick('beforePaintTotal'), format: kB, target: { text: '≤ 250 kB', limit: 250_000 } },
    { label: '/ until network idle: app code', value: pick('idleApp'), format: kB },
    { label: '  bundle data', value: pick('idleData'), format: kB },
    { label: `entry chunk gzip (${entry.file})`, value: () => entry.gzipBytes, format: kB, target: { text: '≤ 130 kB', limit: 130_000 } },
    { label: '  all initial JS + CSS gzip', value: () => entry.initialGzipBytes, format: kB },
    { label: 'article link: time to body', value: pick('articleMs'), format: ms },
    { label: '  data until body', value: pick('articleDataUntil'), format: kB, target: { text: '≤ 40 kB', limit: 40_000 } },
    { label: '  data until idle', value: pick('articleDataIdle'), format: kB, target: { text: '≤ 40 kB', limit: 40_000 } },
    { label: 'stock link: first screen', value: pick('stockMs'), format: ms },
    { label: '  data until first screen', value: pick('stockDataUntil'), format: kB, target: { text: '≤ 120 kB', limit: 120_000 } },
    { label: '  data until idle', value: pick('stockDataIdle'), format: kB, target: { text: '≤ 120 kB', limit: 120_000 } },
    { label: 'category link: first screen', value: pick('categoryMs'), format: ms },
    { label: '  data until first screen', value: pick('categoryDataUntil'), format: kB, target: { text: '≤ 120 kB', limit: 120_000 } },
    { label: '  data until idle', value: pick('categoryDataIdle'), format: kB, target: { text: '≤ 120 kB', limit: 120_000 } },
    { label: 'filter click → list', value: pick('filterMs'), format: ms, target: { text: '≤ 100 ms', limit: 100 } },
    { label: '  → next frame', value: pick('filterFrameMs'), format: ms },
    { label: 'scroll 20,000 px: long tasks', value: pick('longTasks'), format: plain, target: { text: '0 (> 50 ms)', limit: 0 } },
    { label: '  longest task', value: pick('longTaskMaxMs'), format: ms },
    { label: '  scrolled', value: pick('scrolledPx'), format: (v) => `${Math.round(v)} px` },
    { label: 'JS heap after GC (list shown)', value: pick('heapBytes'), format: MB, target: { text: '≤ 60 MB', limit: 60e6 } },
  ];
}

/** The table's rows with values per column and the verdict at the target column. */
const baseColumn = (columns: readonly Column[]) => columns.find((c) => c.posts === 1000) ?? columns[0];
const judgedColumn = (columns: readonly Column[]) => columns.find((c) => c.posts === 100_000) ?? columns.at(-1);

export function tableRows(columns: readonly Column[], entry: EntryChunk): TableRow[] {
  const judged = judgedColumn(columns);
  return rows(entry, baseColumn(columns)?.posts ?? 1000).map((row) => {
    const values = columns.map((column) => row.value(column.medians));
    const at = judged ? row.value(judged.medians) : null;
    return {
      label: row.label,
      values,
      target: row.target?.text ?? null,
      pass: row.target && at !== null ? at <= row.target.limit : null,
    };
  });
}

export function formatTable(columns: readonly Column[], entry: EntryChunk, runs: number): string {
  const table = tableRows(columns, entry);
  const formats = rows(entry, 0).map((row) => row.format);
  const judged = judgedColumn(columns);
  const header = [
    'metric (median of ' + runs + ')',
    ...columns.map((c) => `${c.posts.toLocaleString('en')} posts`),
    'target',
    `at ${judged?.posts.toLocaleString('en') ?? '—'}`,
  ];
  const body = table.map((row, i) => [
    row.label,
    ...row.values.map((value) => (value === null ? '—' : formats[i]!(value))),
    row.target ?? '',
    row.pass === null ? '' : row.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((_, col) => Math.max(...[header, ...body].map((line) => line[col]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, col) => (col === 0 || col === cells.length - 1 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
