import { beijingDayOfMs } from '../shared/beijing-day';
import { formatBeijingDay } from '../shared/format-beijing-day';
import { strings } from '../shared/strings';

/** The Beijing calendar day of an instant, as a day number (days since 1970-01-01 in Beijing). */
export function beijingDay(epochSeconds: number): number {
  return beijingDayOfMs(epochSeconds * 1000);
}

/**
 * The heading of a day in the list: 今天, 昨天, "2月10日 周四", or with the year when it is
 * not this (Beijing) year. Day numbers are Beijing days (see beijingDay).
 */
export function formatDayLabel(day: number, now: Date = new Date()): string {
  const today = beijingDayOfMs(now.getTime());
  if (day === today) return strings.list.today;
  if (day === today - 1) return strings.list.yesterday;
  return formatBeijingDay(day, now);
}
