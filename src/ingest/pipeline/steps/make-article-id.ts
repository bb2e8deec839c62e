import { createHash } from 'node:crypto';
import { beijingDayOfDate, formatDayIso } from '../../../shared/beijing-day';
import { base32 } from '../base32';
import { titleKey } from './title-key';

/**
 * The article's identity: the same title published at the same moment is the same
 * article, whatever file it came in. The title is normalized (titleKey: NFKC, case,
 * whitespace and quote style) so that re-crawls that differ only in those still collide, and the date
 * prefix (Beijing calendar day) keeps ids readable and roughly sortable.
 * Form: "20220210-" + 12 base32 characters — URL-safe, 60 bits of hash.
 */
export function makeArticleId(title: string, isoDate: string): string {
  const hash = createHash('sha256')
    .update(`${titleKey(title)}\n${isoDate}`)
    .digest();
  return `${formatDayIso(beijingDayOfDate(isoDate)).replace(/-/g, '')}-${base32(hash).slice(0, 12)}`;
}
