import { categoryLabel } from '../../../shared/category-path';
import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import type { StockSummary } from '../../../shared/bundle-types';
import { Icon } from '../../../components/icon';
import { filterStrings } from '../../categories/filter-strings';
import { listFiltersToSearch, toggleCategory, type ListFilters } from '../../../shared/list-filters';
import { NO_LIST_QUERY, withListQuery, type ListQuery } from '../../../shared/list-query';

interface ActiveFiltersProps {
  readonly filters: ListFilters;
  /** The chosen stock as the bundle names it, when it has it. */
  readonly stock: StockSummary | null;
  /** The search in force: removing a filter keeps it (the search box clears it). */
  readonly query?: ListQuery;
}

/** The filters in force, each removable, and one link that clears them all. */
export function ActiveFilters({ filters, stock, query = NO_LIST_QUERY }: ActiveFiltersProps) {
  const href = (next: ListFilters) => paths.home.getHref(withListQuery(listFiltersToSearch(next), query));
  const pills = [
    ...filters.categories.map((path) => ({
      key: `c:${path}`,
      label: categoryLabel(path),
      href: href(toggleCategory(filters, path)),
    })),
    ...(filters.stock
      ? [
          {
            key: `s:${filters.stock}`,
            label: filterStrings.stock(stock?.name ?? filters.stock),
            href: href({ ...filters, stock: null }),
          },
        ]
      : []),
    ...(filters.unread ? [{ key: 'unread', label: filterStrings.unread, href: href({ ...filters, unread: false }) }] : []),
  ];
  if (pills.length === 0) return null;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 px-4 sm:px-0" aria-label={filterStrings.active} role="group">
      {pills.map((pill) => (
        <Link
          key={pill.key}
          to={pill.href}
          aria-label={filterStrings.removeFilter(pill.label)}
          className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-accent/40 bg-accent-soft px-3 text-sm text-accent hover:border-accent"
        >
          <span>{pill.label}</span>
          <Icon name="close" className="size-3" />
        </Link>
      ))}
      <Link
        to={paths.home.getHref(withListQuery('', query))}
        className="inline-flex min-h-8 items-center px-2 text-sm text-muted underline underline-offset-4 hover:text-accent"
      >
        {filterStrings.clearAll}
      </Link>
    </div>
  );
}
