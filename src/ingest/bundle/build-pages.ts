import type { ArticleMeta } from '../../shared/bundle-types';

/**
 * Consecutive metas cut into pages of pageSize, oldest first: page j holds positions
 * [j * pageSize, (j + 1) * pageSize) and says so in `first`. Fixed boundaries (not, say,
 * one page per day) keep every full page unchanged, and so its name, when newer
 * articles are added after it.
 */
export function buildPages<T = ArticleMeta>(metas: readonly T[], pageSize: number): { first: number; articles: T[] }[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size ${pageSize} is not a positive integer`);
  const pages: { first: number; articles: T[] }[] = [];
  for (let first = 0; first < metas.length; first += pageSize) {
    pages.push({ first, articles: metas.slice(first, first + pageSize) });
  }
  return pages;
}
