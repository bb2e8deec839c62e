import type { ArticleMeta } from '../../shared/bundle-types';

/** Related stocks a stock's facet lists. */
export const RELATED_STOCKS = 12;

/**
 * The stocks most often mentioned in one stock's articles, as [code, articles in common],
 * most first, ties by code (code-unit order). Linear in the stock's articles times the
 * stocks each names; a stock named twice in one article counts once.
 */
export function rankRelatedStocks(code: string, ordinals: readonly number[], ordered: readonly Pick<ArticleMeta, 'stocks'>[]): [string, number][] {
  const counts = new Map<string, { count: number; last: number }>();
  for (const ordinal of ordinals) {
    for (const other of ordered[ordinal]!.stocks) {
      if (other.code === code) continue;
      const entry = counts.get(other.code);
      if (entry === undefined) counts.set(other.code, { count: 1, last: ordinal });
      else if (entry.last !== ordinal) {
        entry.count++;
        entry.last = ordinal;
      }
    }
  }
  return [...counts]
    .map(([other, { count }]): [string, number] => [other, count])
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, RELATED_STOCKS);
}
