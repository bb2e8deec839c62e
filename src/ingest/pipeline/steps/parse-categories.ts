import type { CategoryPath } from '../../../shared/bundle-types';
import { BUNDLE_LIMITS } from '../../../shared/bundle-limits';
import { clampText, displayText } from '../../../shared/display-text';
import { accept, reject, type StepResult } from '../step-result';

export interface ParsedCategories {
  readonly paths: readonly CategoryPath[];
  /** Set when the post named more (or deeper) categories than an article keeps, for the report. */
  readonly warning: string | null;
}

/** Entries read from a list at most: past it, a list is not a post's categories (and reading it costs). */
const MAX_ENTRIES = 10_000;

/**
 * Reads Hexo's `categories` as Hexo means it:
 *   categories: 快讯                  one category
 *   categories: [金融, 新浪财经, 国內]   one hierarchy, root first
 *   categories: [[金融, 新浪财经], [科技]] several hierarchies
 * In a list that mixes both, each plain entry is a one-level hierarchy of its own.
 * Names are cleaned as labels are (display-text.ts: hidden and bidi characters go,
 * whitespace collapses), cut to BUNDLE_LIMITS.categoryName characters; "/" inside a
 * name becomes "／" so that joined paths stay unambiguous. Repeated hierarchies are kept
 * once. At most BUNDLE_LIMITS.categoriesPerArticle hierarchies of at most
 * BUNDLE_LIMITS.categoryDepth levels are kept (a warning says so): a post filed under
 * 3,000 categories must not slow every reader's category tree. Missing categories are
 * an empty list, not an error.
 */
export function parseCategories(value: unknown): StepResult<ParsedCategories> {
  if (value === null || value === undefined) return accept({ paths: [], warning: null });
  if (isName(value)) return accept(limited([[cleanName(value)]].filter((p) => p[0] !== '')));
  if (!Array.isArray(value)) return reject('categories must be a name, a list or a list of lists');
  if (value.length > MAX_ENTRIES) return reject(`categories: ${value.length} entries (at most ${MAX_ENTRIES})`);
  const nested = value.some(Array.isArray);
  const paths: string[][] = [];
  if (!nested) {
    if (!value.every((v) => v === null || isName(v))) return reject('categories must hold only names');
    const path = value
      .filter(isName)
      .map(cleanName)
      .filter((n) => n !== '');
    if (path.length > 0) paths.push(path);
    return accept(limited(paths));
  }
  for (const entry of value) {
    if (entry === null) continue;
    const list: unknown[] = Array.isArray(entry) ? entry : [entry];
    if (list.length > MAX_ENTRIES) return reject(`categories: a hierarchy of ${list.length} levels (at most ${MAX_ENTRIES})`);
    if (!list.every((v) => v === null || isName(v))) return reject('categories must hold only names');
    const path = list
      .filter(isName)
      .map(cleanName)
      .filter((n) => n !== '');
    if (path.length > 0) paths.push(path);
  }
  return accept(limited(paths));
}

function isName(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

function cleanName(value: string | number): string {
  return clampText(displayText(String(value)).replaceAll('/', '／'), BUNDLE_LIMITS.categoryName);
}

function unique(paths: readonly CategoryPath[]): CategoryPath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = p.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function limited(paths: readonly CategoryPath[]): ParsedCategories {
  const all = unique(paths);
  const deep = all.some((p) => p.length > BUNDLE_LIMITS.categoryDepth);
  const kept = all.slice(0, BUNDLE_LIMITS.categoriesPerArticle).map((p) => p.slice(0, BUNDLE_LIMITS.categoryDepth));
  const many = all.length > BUNDLE_LIMITS.categoriesPerArticle;
  const warning =
    many || deep
      ? `categories cut: ${many ? `${all.length} hierarchies, an article keeps ${BUNDLE_LIMITS.categoriesPerArticle}` : ''}` +
        `${many && deep ? '; ' : ''}${deep ? `levels past ${BUNDLE_LIMITS.categoryDepth} dropped` : ''}`
      : null;
  // Cutting levels can make two hierarchies one.
  return { paths: unique(kept), warning };
}
