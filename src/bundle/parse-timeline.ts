import type { Manifest } from '../shared/bundle-types';
import { BUNDLE_LIMITS } from '../shared/bundle-limits';
import { count, invalid, list, object } from '../lib/check-json';
import { fileHash } from './bundle-checks';
import type { TimelineIndex } from './timeline-index';

const checkTimeline = object({ pages: list(fileHash, BUNDLE_LIMITS.articles), days: list(count, 2 * BUNDLE_LIMITS.articles) });

/**
 * Checks a Timeline against the manifest: one page per pageSize ordinals, days strictly
 * ascending with positive counts that add up to the article count.
 */
export function parseTimeline(value: unknown, file: string, manifest: Pick<Manifest, 'articleCount' | 'pageSize'>): TimelineIndex {
  const timeline = checkTimeline(value, file);
  const fail = (field: string, what: string) => invalid(file, field, what);
  const { articleCount, pageSize } = manifest;
  const expectedPages = Math.ceil(articleCount / pageSize);
  if (timeline.pages.length !== expectedPages) throw fail('pages', `has ${timeline.pages.length} entries, expected ${expectedPages}`);
  if (timeline.days.length % 2 !== 0) throw fail('days', 'is not a list of [day, count] pairs');
  const dayCount = timeline.days.length / 2;
  const days = new Int32Array(dayCount);
  const dayStarts = new Int32Array(dayCount + 1);
  let total = 0;
  for (let i = 0; i < dayCount; i++) {
    const day = timeline.days[2 * i]!;
    const n = timeline.days[2 * i + 1]!;
    if (i > 0 && day <= days[i - 1]!) throw fail(`days[${2 * i}]`, 'is not after the day before it');
    if (n === 0) throw fail(`days[${2 * i + 1}]`, 'is 0');
    days[i] = day;
    dayStarts[i] = total;
    total += n;
  }
  dayStarts[dayCount] = total;
  if (total !== articleCount) throw fail('days', `count ${total} articles, the manifest ${articleCount}`);
  return { articleCount, pageSize, pages: timeline.pages, days, dayStarts };
}
