import { Link } from 'react-router';

import { buttonClass } from '../../../components/button-class';
import { paths } from '../../../config/paths';
import { withListQuery, type ListQuery } from '../../../shared/list-query';
import { strings } from '../../../shared/strings';
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
        <p className="text-muted">{strings.search.tooShort}</p>
      ) : summary.unchecked > 0 ? (
        // Not "none": only the candidates checked so far have none.
        <>
          <p className="text-lg font-semibold text-ink">{strings.search.noneYet(query.text)}</p>
          <p className="mt-2 text-sm text-muted">{strings.search.noneYetHint(summary.checked, summary.unchecked)}</p>
          <LoadMoreResults summary={summary} />
        </>
      ) : (
        <>
          <p className="text-lg font-semibold text-ink">{strings.search.noResults(query.text)}</p>
          <p className="mt-2 text-sm text-muted">{filtered ? strings.search.noResultsFiltered : strings.search.noResultsHint}</p>
          {filtered && (
            <Link to={paths.home.getHref(withListQuery('', query))} className={`mt-4 ${buttonClass({ variant: 'primary' })}`}>
              {strings.search.searchEverywhere}
            </Link>
          )}
        </>
      )}
    </div>
  );
}
