/**
 * Beijing calendar days as numbers: days since 1970-01-01 in Beijing time (UTC+8, no
 * daylight saving). One definition for both sides, since it is a contract: the ingest
 * writes the timeline's days with it, and the app finds an article's day (from its date
 * or its id) with it. A Beijing day number read as a UTC date is that Beijing date.
 */
export const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export function beijingDayOfMs(epochMs: number): number {
  return Math.floor((epochMs + BEIJING_OFFSET_MS) / DAY_MS);
}

/** The Beijing day of an ISO instant. */
export function beijingDayOfDate(iso: string): number {
  return beijingDayOfMs(Date.parse(iso));
}

/** "2022-02-10" for a Beijing day number. */
export function formatDayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of "2022-02-10" (a real date only), or null. */
export function parseDayIso(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) || formatDayIso(ms / DAY_MS) !== value ? null : ms / DAY_MS;
}
