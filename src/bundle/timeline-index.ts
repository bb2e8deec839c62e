/**
 * The Timeline, checked and laid out for lookups: which main page holds an ordinal and
 * which Beijing day it falls on, by binary search, without a date per article.
 */
export interface TimelineIndex {
  readonly articleCount: number;
  readonly pageSize: number;
  /** Hash of main page k. */
  readonly pages: readonly string[];
  /** Beijing day numbers with articles, ascending. */
  readonly days: Int32Array;
  /** Ordinal of the first (oldest) article of days[i]; one more entry: articleCount. */
  readonly dayStarts: Int32Array;
}

/** Index into `days` of the day an ordinal falls on. */
export function dayIndexOf(timeline: TimelineIndex, ordinal: number): number {
  const starts = timeline.dayStarts;
  let lo = 0;
  let hi = timeline.days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= ordinal) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The ordinals [start, end) of one Beijing day; an empty range when it has no articles. */
export function ordinalsOfDay(timeline: TimelineIndex, day: number): { readonly start: number; readonly end: number } {
  const days = timeline.days;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= days.length || days[lo] !== day) {
    const at = lo < days.length ? timeline.dayStarts[lo]! : timeline.articleCount;
    return { start: at, end: at };
  }
  return { start: timeline.dayStarts[lo]!, end: timeline.dayStarts[lo + 1]! };
}
