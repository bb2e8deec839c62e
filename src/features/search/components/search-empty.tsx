import { Link } from 'react-router';

import { buttonClass } from '../../../components/button-class';
import { paths } from '../../../config/paths';
import { withListQuery, type ListQuery } from '../../../shared/list-query';
import { searchStrings } from '../search-strings';
import type { SearchSummary } from '../use-search-list';
import { LoadMoreResults } from './load-more-results';

interface SearchEmptyProps {
  readonly summary: SearchSummary;
  readonly query: ListQuery;
  /** Other filters are active: offer the same search over everything. */
  readonly filtered: boolean;
}

/** A search without results says so, with the query, and what to try. */
export function SearchEmpty({ summary, query, filtered }: SearchEmptyProps) {
  return (
    <div role="status" className="border-y border-line bg-surface px-4 py-10 text-center sm:rounded-xl sm:border">
      {!summary.searchable ? (
        <p className="text-muted">{searchStrings.tooShort}</p>
      ) : summary.unchecked > 0 ? (
        // Not "none": only the candidates checked so far have none.
        <>
          <p className="text-lg font-semibold text-ink">{searchStrings.noneYet(query.text)}</p>
          <p className="mt-2 text-sm text-muted">{searchStrings.noneYetHint(summary.checked, summary.unchecked)}</p>
          <LoadMoreResults summary={summary} />
        </>
      ) : (
        <>
          <p className="text-lg font-semibold text-ink">{searchStrings.noResults(query.text)}</p>
          <p className="mt-2 text-sm text-muted">{filtered ? searchStrings.noResultsFiltered : searchStrings.noResultsHint}</p>
          {filtered && (
            <Link to={paths.home.getHref(withListQuery('', query))} className={`mt-4 ${buttonClass({ variant: 'primary' })}`}>
              {searchStrings.searchEverywhere}
            </Link>
          )}
        </>
      )}
    </div>
  );
}
