import type { CategoryPath } from './bundle-types';

/**
 * Category paths travel in URLs and in the index joined by "/". A "/" inside a name
 * would split it, so names are stored with "/" replaced by the full-width "／"
 * (see the ingest's category parsing); joining therefore never loses information.
 */
export const CATEGORY_SEPARATOR = '/';

export function joinCategoryPath(path: CategoryPath): string {
  return path.join(CATEGORY_SEPARATOR);
}

export function splitCategoryPath(joined: string): CategoryPath {
  return joined.split(CATEGORY_SEPARATOR).filter((name) => name !== '');
}

/** A joined path as the reader reads it: 金融 › 新浪财经. */
export function categoryLabel(joined: string): string {
  return splitCategoryPath(joined).join(' › ');
}

/** Whether `path` is `ancestor` or lies below it. */
export function isWithinCategory(path: CategoryPath, ancestor: CategoryPath): boolean {
  return ancestor.length <= path.length && ancestor.every((name, i) => path[i] === name);
}
