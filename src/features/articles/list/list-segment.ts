import { formatDayIso, parseDayIso } from '../../../shared/beijing-day';

/**
 * A long list is shown a segment at a time, so the page never grows past what browsers
 * can scroll (about 17.9 million px in Firefox): at most SEGMENT_ROWS rows, cut at a
 * Beijing day where one falls in the segment's second half. A segment starts at a day
 * (`?from=2022-02-10`: that day and older), so its URL stays meaningful as news arrives.
 */
export const SEGMENT_ROWS = 10_000;

export interface ListSegment {
  /** Rows [start, end) of the list are shown. */
  readonly start: number;
  readonly end: number;
  /** The `from` day of the segment above (null: the top of the list); undefined at the top. */
  readonly newer: number | null | undefined;
  /** The `from` day of the segment below; undefined at the end. */
  readonly older: number | undefined;
}

/** First row index whose day is at most `day` (rows are newest first, so days descend). */
function firstAtOrBefore(rows: Int32Array, dayOf: (ordinal: number) => number, day: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dayOf(rows[mid]!) > day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function listSegment(rows: Int32Array, dayOf: (ordinal: number) => number, from: number | null, maxRows = SEGMENT_ROWS): ListSegment {
  const start = from === null ? 0 : Math.min(firstAtOrBefore(rows, dayOf, from), Math.max(0, rows.length - 1));
  let end = rows.length;
  if (end - start > maxRows) {
    const hard = start + maxRows;
    const dayStart = firstAtOrBefore(rows, dayOf, dayOf(rows[hard]!));
    end = dayStart > start + maxRows / 2 ? dayStart : hard;
  }
  let newer: number | null | undefined;
  if (start > 0) {
    const above = Math.max(0, start - maxRows);
    newer = above === 0 ? null : dayOf(rows[above]!);
  }
  return { start, end, newer, older: end < rows.length ? dayOf(rows[end]!) : undefined };
}

/** `?from=` in the URL: "2022-02-10" for a Beijing day number, and back (null for anything else). */
export function formatDay(day: number): string {
  return formatDayIso(day);
}

export function parseDay(value: string | null): number | null {
  return value === null ? null : parseDayIso(value);
}

/**
 * The months a list covers, newest first, each with the `from` day that starts at its
 * newest article: for the jump-to-month menu. Linear in the rows, with one day lookup a row.
 */
export function listMonths(rows: Int32Array, dayOf: (ordinal: number) => number): { readonly month: string; readonly from: number }[] {
  const out: { month: string; from: number }[] = [];
  let last = '';
  let lastDay = Number.NaN;
  for (let i = 0; i < rows.length; i++) {
    const day = dayOf(rows[i]!);
    if (day === lastDay) continue;
    lastDay = day;
    const month = formatDay(day).slice(0, 7);
    if (month !== last) {
      out.push({ month, from: day });
      last = month;
    }
  }
  return out;
}
