import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import { withListQuery, type ListQuery } from '../../../shared/list-query';
import { searchStrings } from '../search-strings';

interface SortToggleProps {
  readonly query: ListQuery;
  /** The filters' search string, kept by both orders. */
  readonly filterSearch: string;
}

/** 标题优先 (title matches first, then newest) or 最新 (newest first): links, so Back undoes a change. */
export function SortToggle({ query, filterSearch }: SortToggleProps) {
  const option = (newest: boolean, label: string) => (
    <Link
      to={paths.home.getHref(withListQuery(filterSearch, { ...query, newest }))}
      aria-current={query.newest === newest ? 'true' : undefined}
      className={`inline-flex min-h-11 items-center px-3 text-sm ${
        query.newest === newest ? 'bg-accent-soft font-semibold text-accent' : 'text-muted hover:text-ink'
      }`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={searchStrings.sortLabel} className="inline-flex overflow-hidden rounded-lg border border-line bg-surface">
      {option(false, searchStrings.sortRelevance)}
      {option(true, searchStrings.sortNewest)}
    </nav>
  );
}
