import { accept, reject, type StepResult } from '../step-result';

/** Dates written without a zone are Beijing time, as the Chinese pipelines mean them. */
export const DEFAULT_UTC_OFFSET_MINUTES = 8 * 60;

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

const ZONES: Readonly<Record<string, number>> = Object.freeze({
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  cst: 8 * 60,
  est: -5 * 60,
  edt: -4 * 60,
  pst: -8 * 60,
  pdt: -7 * 60,
});

// "Thu, 10 Feb 2022 12:50:43 GMT", "10 Feb 2022 12:50 +0800" (weekday optional).
const RFC_1123 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,3}|[+-]\d{2}:?\d{2})?$/i;

// "2022-02-10T12:50:43Z", "2022-02-10T20:50:43.5+08:00", "2022-02-10 20:50:43", "2022/2/10 20:50", "2022-02-10".
const ISO_LIKE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads the dates Hexo posts carry and returns ISO 8601 in UTC. The zone a date names
 * is honoured (Hexo itself reads GMT dates as local time and shifts them by 8 hours);
 * a date without a zone is Beijing time. Fields are range-checked: 2022-02-30 is an
 * error, not March 2nd.
 */
export function parseDate(raw: string): StepResult<string> {
  // No date is longer; a long value is not one (and is not quoted back whole).
  if (raw.length > 64) return reject(`unparseable date: ${raw.slice(0, 64)}…`);
  const text = raw.trim();
  const rfc = RFC_1123.exec(text);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    const offset = zoneOffset(rfc[7]);
    if (month === undefined || offset === null) return reject(`unparseable date: ${raw}`);
    return build(raw, +rfc[3]!, month, +rfc[1]!, +rfc[4]!, +rfc[5]!, +(rfc[6] ?? 0), 0, offset);
  }
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const offset = zoneOffset(iso[8]);
    if (offset === null) return reject(`unparseable date: ${raw}`);
    const millis = iso[7] ? Math.floor(+`0.${iso[7]}` * 1000) : 0;
    return build(raw, +iso[1]!, +iso[2]!, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0), millis, offset);
  }
  return reject(`unparseable date: ${raw}`);
}

/** Minutes east of UTC; undefined (no zone written) means Beijing; null is unknown. */
function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined) return DEFAULT_UTC_OFFSET_MINUTES;
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!numeric) return null;
  const minutes = +numeric[2]! * 60 + +(numeric[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return numeric[1] === '-' ? -minutes : minutes;
}

function build(
  raw: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  offsetMinutes: number,
): StepResult<string> {
  const valid =
    year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 60;
  if (!valid) return reject(`unparseable date: ${raw} (no such day or time)`);
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis) - offsetMinutes * 60_000;
  return accept(new Date(utc).toISOString());
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
