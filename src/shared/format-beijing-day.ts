import { beijingDayOfMs, DAY_MS } from './beijing-day';

const sameYear = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', month: 'long', day: 'numeric' });
const otherYear = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const weekday = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', weekday: 'short' });

/**
 * A Beijing day as a calendar date with its weekday: "2月10日 周四", with the year when it
 * is not the (Beijing) year of `now`. For the list's day headings and the prerendered
 * first screen; the app says 今天 and 昨天 itself.
 */
export function formatBeijingDay(day: number, now: Date = new Date()): string {
  // A Beijing day number read as a UTC date gives the Beijing calendar date.
  const date = new Date(day * DAY_MS);
  const thisYear = new Date(beijingDayOfMs(now.getTime()) * DAY_MS).getUTCFullYear();
  const label = (date.getUTCFullYear() === thisYear ? sameYear : otherYear).format(date);
  return `${label} ${weekday.format(date)}`;
}
