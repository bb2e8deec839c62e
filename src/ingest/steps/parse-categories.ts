import type { CategoryPath } from '../../shared/bundle-types';
import { accept, reject, type StepResult } from '../step-result';

/**
 * Reads Hexo's `categories` as Hexo means it:
 *   categories: 快讯                  one category
 *   categories: [金融, 新浪财经, 国內]   one hierarchy, root first
 *   categories: [[金融, 新浪财经], [科技]] several hierarchies
 * In a list that mixes both, each plain entry is a one-level hierarchy of its own.
 * Names are trimmed; "/" inside a name becomes "／" so that joined paths stay unambiguous.
 * Repeated hierarchies are kept once. Missing categories are an empty list, not an error.
 */
export function parseCategories(value: unknown): StepResult<readonly CategoryPath[]> {
  if (value === null || value === undefined) return accept([]);
  if (isName(value)) return accept(unique([[cleanName(value)]]));
  if (!Array.isArray(value)) return reject('categories must be a name, a list or a list of lists');
  const nested = value.some(Array.isArray);
  const paths: string[][] = [];
  if (!nested) {
    if (!value.every((v) => v === null || isName(v))) return reject('categories must hold only names');
    const path = value.filter(isName).map(cleanName).filter((n) => n !== '');
    if (path.length > 0) paths.push(path);
    return accept(unique(paths));
  }
  for (const entry of value) {
    if (entry === null) continue;
    const list: unknown[] = Array.isArray(entry) ? entry : [entry];
    if (!list.every((v) => v === null || isName(v))) return reject('categories must hold only names');
    const path = list.filter(isName).map(cleanName).filter((n) => n !== '');
    if (path.length > 0) paths.push(path);
  }
  return accept(unique(paths));
}

function isName(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

function cleanName(value: string | number): string {
  return String(value).replace(/\s+/g, ' ').trim().replaceAll('/', '／');
}

function unique(paths: readonly CategoryPath[]): readonly CategoryPath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = p.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
