import { strings } from './strings';

const BEIJING_OFFSET_SECONDS = 8 * 3600;
const DAY_SECONDS = 86_400;

/** The Beijing calendar day of an instant, as a day number (days since 1970-01-01 in Beijing). */
export function beijingDay(epochSeconds: number): number {
  return Math.floor((epochSeconds + BEIJING_OFFSET_SECONDS) / DAY_SECONDS);
}

const sameYear = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', month: 'long', day: 'numeric' });
const otherYear = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const weekday = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', weekday: 'short' });

/**
 * The heading of a day in the list: 今天, 昨天, "2月10日 周四", or with the year when it is
 * not this (Beijing) year. Day numbers are Beijing days (see beijingDay).
 */
export function formatDayLabel(day: number, now: Date = new Date()): string {
  const today = beijingDay(Math.floor(now.getTime() / 1000));
  if (day === today) return strings.list.today;
  if (day === today - 1) return strings.list.yesterday;
  // A Beijing day number read as a UTC date gives the Beijing calendar date.
  const date = new Date(day * DAY_SECONDS * 1000);
  const thisYear = new Date(today * DAY_SECONDS * 1000).getUTCFullYear();
  const label = (date.getUTCFullYear() === thisYear ? sameYear : otherYear).format(date);
  return `${label} ${weekday.format(date)}`;
}
