import { beijingDayOfMs } from '../../shared/beijing-day';
import type { ArticleMeta, Timeline } from '../../shared/bundle-types';

/**
 * The page table and the articles per Beijing day, from articles in ordinal order.
 * Their dates never decrease, so each day's articles are one run of ordinals and the
 * table is run-length: [day, count, …]. Day numbers are the same as the app's beijingDay.
 */
export function buildTimeline(ordered: readonly Pick<ArticleMeta, 'date'>[], pages: readonly string[]): Timeline {
  const days: number[] = [];
  let previous = -Infinity;
  for (const { date } of ordered) {
    const epochMs = Date.parse(date);
    if (!(epochMs >= previous)) throw new Error(`article dates out of order at ${date}`);
    previous = epochMs;
    const day = beijingDayOfMs(epochMs);
    if (days.length > 0 && days[days.length - 2] === day) days[days.length - 1]!++;
    else days.push(day, 1);
  }
  return { pages, days };
}
