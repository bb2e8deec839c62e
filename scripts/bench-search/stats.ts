/**
 * Small helpers of the search benchmark: progress on stderr, percentiles, formatting.
 * Units: ms; kB = 1,000 bytes; MB = 1,000,000 bytes.
 */
import { median } from '../bench-app/report';

export { median };

export const progress = (message: string): void => void process.stderr.write(`[bench:search] ${message}\n`);

/**
 * The p-th percentile, interpolated linearly between the closest ranks (so p50 is the
 * median of an even count too); null without values.
 */
export function percentile(values: readonly (number | null | undefined)[], p: number): number | null {
  const sorted = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export interface Spread {
  readonly n: number;
  readonly p50: number | null;
  readonly p95: number | null;
  readonly max: number | null;
}

export function spread(values: readonly (number | null | undefined)[]): Spread {
  const present = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  return { n: present.length, p50: percentile(present, 50), p95: percentile(present, 95), max: present.length > 0 ? Math.max(...present) : null };
}

export const fmtMs = (value: number | null | undefined): string => (typeof value === 'number' ? String(Math.round(value)) : '—');
export const fmtKb = (bytes: number | null | undefined): string => (typeof bytes === 'number' ? (bytes / 1000).toFixed(1) : '—');
export const fmtMb = (bytes: number | null | undefined): string => (typeof bytes === 'number' ? (bytes / 1_000_000).toFixed(2) : '—');
export const fmtRatio = (value: number | null | undefined): string => (typeof value === 'number' ? value.toFixed(3) : '—');
export const fmtCount = (value: number): string => value.toLocaleString('en-US');

/** A markdown table; cells are escaped for `|`. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
