import { isStockCode } from './stock-markets';

/**
 * The list's filters, as they live in the URL: `?category=金融/新浪财经` (repeatable; a
 * category path joined by "/"), `?stock=sz000931`, `?unread=1`. Parsing is forgiving (unknown or
 * malformed values are dropped) and serializing is canonical, so equal filters give
 * equal URLs and equal cache keys.
 */
export interface ListFilters {
  /** Joined category paths, sorted, without duplicates or paths covered by another. */
  readonly categories: readonly string[];
  readonly stock: string | null;
  /** Only articles not yet read (`?unread=1`). */
  readonly unread: boolean;
}

export const NO_FILTERS: ListFilters = { categories: [], stock: null, unread: false };

export function parseListFilters(search: string | URLSearchParams): ListFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const categories = params
    .getAll('category')
    .map((value) => value.split('/').map((name) => name.trim()).filter((name) => name !== '').join('/'))
    .filter((value) => value !== '');
  const stock = params.get('stock')?.trim().toLowerCase() ?? '';
  return {
    categories: normalizeCategories(categories),
    stock: isStockCode(stock) ? stock : null,
    unread: params.get('unread') === '1',
  };
}

export function listFiltersToSearch(filters: ListFilters): string {
  const params = new URLSearchParams();
  for (const category of normalizeCategories(filters.categories)) params.append('category', category);
  if (filters.stock) params.set('stock', filters.stock);
  if (filters.unread) params.set('unread', '1');
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export function hasFilters(filters: ListFilters): boolean {
  return filters.categories.length > 0 || filters.stock !== null || filters.unread;
}

/** Adds `path` if absent, removes it if present (a node toggled in the category tree). */
export function toggleCategory(filters: ListFilters, path: string): ListFilters {
  const has = filters.categories.includes(path);
  return {
    ...filters,
    categories: has ? filters.categories.filter((c) => c !== path) : [...filters.categories, path],
  };
}

/**
 * Sorted and unique; a path below another chosen path adds nothing (choosing a node
 * includes its descendants) and is dropped, so "金融" and "金融/新浪财经" is just "金融".
 */
function normalizeCategories(categories: readonly string[]): string[] {
  const unique = [...new Set(categories)].sort();
  return unique.filter((path) => !unique.some((other) => other !== path && path.startsWith(`${other}/`)));
}
