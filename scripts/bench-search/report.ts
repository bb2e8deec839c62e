/**
 * What the search benchmark prints: per corpus the index, the correctness of every query
 * and the browser's figures, then one summary table. Percentiles interpolate between
 * ranks (stats.ts); kB = 1,000 bytes, MB = 1,000,000 bytes.
 */
import type { ColdRun, CountLine, WarmRun } from './browser';
import type { Correctness, QueryResult } from './correctness';
import type { IndexStats } from './index-stats';
import { fmtCount, fmtKb, fmtMb, fmtMs, fmtRatio, markdownTable, median, spread, type Spread } from './stats';

export interface Ingest {
  /** Wall clock of the ingest, or null when --keep kept the bundle. */
  readonly ms: number | null;
  readonly kept: boolean;
}

export interface BrowserCheck {
  readonly query: string;
  readonly url: string;
  readonly problem: string;
}

export interface BrowserSummary {
  readonly coldCountMs: Spread;
  readonly coldLinkMs: Spread;
  readonly coldDataUntilCount: Spread;
  readonly coldDataIdle: Spread;
  readonly warmFillToCountMs: Spread;
  readonly warmUrlToCountMs: Spread;
  readonly repeatFillToCountMs: Spread;
  readonly repeatUrlToCountMs: Spread;
  readonly warmDataUntilCount: Spread;
  readonly warmDataIdle: Spread;
}

export interface SizeReport {
  readonly posts: number;
  readonly articleCount: number;
  readonly ingest: Ingest;
  readonly index: IndexStats;
  readonly correctness: Omit<Correctness, 'truthIds'>;
  readonly browserQueries: readonly string[];
  readonly cold: readonly ColdRun[];
  readonly warm: readonly WarmRun[];
  readonly browser: BrowserSummary;
  readonly checks: readonly BrowserCheck[];
}

export function summarizeBrowser(cold: readonly ColdRun[], warm: readonly WarmRun[]): BrowserSummary {
  return {
    coldCountMs: spread(cold.map((r) => r.countMs)),
    coldLinkMs: spread(cold.map((r) => r.linkMs)),
    coldDataUntilCount: spread(cold.map((r) => r.dataUntilCount)),
    coldDataIdle: spread(cold.map((r) => r.dataIdle?.total)),
    warmFillToCountMs: spread(warm.map((r) => r.fillToCountMs)),
    warmUrlToCountMs: spread(warm.map((r) => r.urlToCountMs)),
    repeatFillToCountMs: spread(warm.map((r) => r.repeatFillToCountMs)),
    repeatUrlToCountMs: spread(warm.map((r) => r.repeatUrlToCountMs)),
    warmDataUntilCount: spread(warm.map((r) => r.dataUntilCount)),
    warmDataIdle: spread(warm.map((r) => r.dataIdle?.total)),
  };
}

/** What a count line claims against the truth: nothing when it is consistent. */
export function countProblem(line: CountLine | null, truth: number): string | null {
  if (line === null) return 'no count line';
  const { min, max } = line;
  if (min === null || max === null) return `count line without its bounds: ${line.text}`;
  if (line.kind === 'exact') return min === truth && max === truth && line.numbers[0] === truth ? null : `says ${line.text} (exact), the truth is ${truth}`;
  if (line.kind === 'estimate' || line.kind === 'at-most') {
    return min <= truth && truth <= max ? null : `says ${line.text} (${line.kind}, ${min}–${max}), the truth is ${truth}`;
  }
  return `count line of kind ${String(line.kind)}: ${line.text}`;
}

export function ingestCell(ingest: Ingest): string {
  return ingest.ms === null ? 'kept (--keep, not timed)' : `${(ingest.ms / 1000).toFixed(1)} s`;
}

export function formatIndex(sizes: readonly SizeReport[]): string {
  const header = ['', ...sizes.map((s) => `${fmtCount(s.posts)} posts`)];
  const row = (label: string, cell: (s: SizeReport) => string) => [label, ...sizes.map(cell)];
  const kind = (name: keyof IndexStats['byKind']) => (s: SizeReport) => {
    const k = s.index.byKind[name];
    return `${fmtCount(k.files)} files, ${fmtMb(k.raw)} MB raw, ${fmtMb(k.gzip)} MB gzip (p50 ${fmtKb(k.gzipSpread.p50)} / max ${fmtKb(k.gzipSpread.max)} kB)`;
  };
  return markdownTable(header, [
    row('articles', (s) => fmtCount(s.articleCount)),
    row('ingest (wall clock)', (s) => ingestCell(s.ingest)),
    row('search/ files', (s) => fmtCount(s.index.files)),
    row('search/ raw', (s) => `${fmtMb(s.index.raw)} MB (${(s.index.fractionRaw * 100).toFixed(1)} % of ${fmtMb(s.index.bundle.raw)} MB)`),
    row('search/ gzip', (s) => `${fmtMb(s.index.gzip)} MB (${(s.index.fractionGzip * 100).toFixed(1)} % of ${fmtMb(s.index.bundle.gzip)} MB)`),
    row('largest file', (s) => `${s.index.largest.path}: ${fmtKb(s.index.largest.raw)} kB raw, ${fmtKb(s.index.largest.gzip)} kB gzip`),
    row('segments (articles / shards)', (s) => s.index.segments.map((g) => `${fmtCount(g.count)} / ${fmtCount(g.shards)}`).join(' · ')),
    row('shards', kind('shards')),
    row('large lists', kind('lists')),
    row('positions files', kind('positions')),
    row('id pages', kind('idPages')),
  ]);
}

export function formatQueries(size: SizeReport): string {
  const rows = size.correctness.queries.map((q) => [
    q.query,
    q.kind,
    q.terms.join(' '),
    q.exact ? 'index' : `${fmtCount(q.open)} open`,
    fmtCount(q.truth),
    fmtCount(q.candidates),
    fmtCount(q.result),
    q.missingCount + q.extraCount === 0 ? 'ok' : `−${q.missingCount} +${q.extraCount}`,
    String(q.cold.files),
    fmtKb(q.cold.gzipBytes),
  ]);
  return markdownTable(['query', 'kind', 'terms', 'plan', 'truth', 'candidates', 'after check', 'vs truth', 'cold files', 'cold kB gzip'], rows);
}

export function formatRejected(size: SizeReport): string {
  return markdownTable(
    ['query', 'terms', 'searchable', 'articles containing every term'],
    size.correctness.rejected.map((r) => [r.query, r.terms.join(' '), 'no (isSearchable false)', fmtCount(r.wouldMatch)]),
  );
}

export function mismatches(size: SizeReport): readonly QueryResult[] {
  return size.correctness.queries.filter((q) => q.missingCount + q.extraCount > 0);
}

export function formatBrowser(sizes: readonly SizeReport[], runs: number): string {
  const header = ['', ...sizes.map((s) => `${fmtCount(s.posts)} posts p50 / p95 (n)`)];
  const ms = (pick: (b: BrowserSummary) => Spread) => (s: SizeReport) => {
    const v = pick(s.browser);
    return `${fmtMs(v.p50)} / ${fmtMs(v.p95)} ms (${v.n})`;
  };
  const kb = (pick: (b: BrowserSummary) => Spread) => (s: SizeReport) => {
    const v = pick(s.browser);
    return `${fmtKb(v.p50)} / ${fmtKb(v.p95)} kB (${v.n})`;
  };
  const row = (label: string, cell: (s: SizeReport) => string) => [label, ...sizes.map(cell)];
  return [
    `Browser, ${runs} rounds × ${sizes[0]?.browserQueries.length ?? 0} queries per corpus; bytes are /data/** gzip.`,
    markdownTable(header, [
      row(
        'cold: navigation → count line',
        ms((b) => b.coldCountMs),
      ),
      row(
        'cold: navigation → first result title',
        ms((b) => b.coldLinkMs),
      ),
      row(
        'cold: /data bytes until the count',
        kb((b) => b.coldDataUntilCount),
      ),
      row(
        'cold: /data bytes until network idle',
        kb((b) => b.coldDataIdle),
      ),
      row(
        'warm: fill → count line (incl. 150 ms debounce)',
        ms((b) => b.warmFillToCountMs),
      ),
      row(
        'warm: URL has the query → count line',
        ms((b) => b.warmUrlToCountMs),
      ),
      row(
        'warm, files cached: fill → count line',
        ms((b) => b.repeatFillToCountMs),
      ),
      row(
        'warm, files cached: URL → count line',
        ms((b) => b.repeatUrlToCountMs),
      ),
      row(
        'warm: /data bytes until the count',
        kb((b) => b.warmDataUntilCount),
      ),
      row(
        'warm: /data bytes until network idle',
        kb((b) => b.warmDataIdle),
      ),
    ]),
  ].join('\n\n');
}

/** Per query, medians over the rounds. */
export function formatBrowserQueries(size: SizeReport): string {
  const rows = size.browserQueries.map((query) => {
    const cold = size.cold.filter((r) => r.query === query);
    const warm = size.warm.filter((r) => r.query === query);
    const truth = size.correctness.queries.find((q) => q.query === query)?.truth;
    return [
      query,
      truth === undefined ? '—' : fmtCount(truth),
      cold[0]?.count?.text ?? '—',
      fmtMs(median(cold.map((r) => r.countMs))),
      fmtMs(median(cold.map((r) => r.linkMs))),
      fmtKb(median(cold.map((r) => r.dataUntilCount))),
      fmtKb(median(cold.map((r) => r.dataIdle?.search))),
      fmtKb(median(cold.map((r) => r.dataIdle?.articles))),
      fmtKb(median(cold.map((r) => r.dataIdle?.list))),
      fmtMs(median(warm.map((r) => r.fillToCountMs))),
    ];
  });
  return markdownTable(
    [
      'query',
      'truth',
      'cold count line',
      'cold → count ms',
      'cold → title ms',
      'kB until count',
      'idle: search kB',
      'idle: articles kB',
      'idle: list kB',
      'warm fill → count ms',
    ],
    rows,
  );
}

export function formatSummary(sizes: readonly SizeReport[]): string {
  const header = ['', ...sizes.map((s) => `${fmtCount(s.posts)} posts`)];
  const row = (label: string, cell: (s: SizeReport) => string) => [label, ...sizes.map(cell)];
  const pair = (v: Spread, format: (n: number | null) => string, unit: string) => `${format(v.p50)} / ${format(v.p95)} ${unit}`;
  const coldBytes = (s: SizeReport) => spread(s.correctness.queries.map((q) => q.cold.gzipBytes));
  const coldFiles = (s: SizeReport) => spread(s.correctness.queries.map((q) => q.cold.files));
  return markdownTable(header, [
    row('articles', (s) => fmtCount(s.articleCount)),
    row('ingest (wall clock)', (s) => ingestCell(s.ingest)),
    row('index files', (s) => fmtCount(s.index.files)),
    row('index raw / gzip', (s) => `${fmtMb(s.index.raw)} / ${fmtMb(s.index.gzip)} MB (${(s.index.fractionGzip * 100).toFixed(1)} % of bundle gzip)`),
    row('queries checked (+ rejected 1-char)', (s) => `${s.correctness.queries.length} (+ ${s.correctness.rejected.length})`),
    row('recall', (s) => fmtRatio(s.correctness.recall)),
    row(
      'precision before check (all / checked plans)',
      (s) => `${fmtRatio(s.correctness.precisionBefore)} / ${fmtRatio(s.correctness.precisionBeforeChecked)}`,
    ),
    row('precision after check', (s) => fmtRatio(s.correctness.precisionAfter)),
    row('queries differing from the truth', (s) => String(mismatches(s).length)),
    row('cold query files p50 / p95 (Node)', (s) => pair(coldFiles(s), (n) => (n === null ? '—' : n.toFixed(0)), '')),
    row('cold query bytes p50 / p95 (Node, gzip)', (s) => pair(coldBytes(s), fmtKb, 'kB')),
    row('cold time to count p50 / p95', (s) => pair(s.browser.coldCountMs, fmtMs, 'ms')),
    row('cold time to first result p50 / p95', (s) => pair(s.browser.coldLinkMs, fmtMs, 'ms')),
    row('cold /data bytes until count p50 / p95', (s) => pair(s.browser.coldDataUntilCount, fmtKb, 'kB')),
    row('warm type → count p50 / p95 (incl. 150 ms debounce)', (s) => pair(s.browser.warmFillToCountMs, fmtMs, 'ms')),
    row('warm URL → count p50 / p95', (s) => pair(s.browser.warmUrlToCountMs, fmtMs, 'ms')),
    row('warm, files cached: URL → count p50 / p95', (s) => pair(s.browser.repeatUrlToCountMs, fmtMs, 'ms')),
    row('browser problems (count ≠ truth, timeouts)', (s) => String(s.checks.length)),
  ]);
}
