import { strings } from '../../../shared/strings';
import { searchStrings } from '../search-strings';
import type { SearchCount } from '../use-search-list';

/**
 * The list's count line: the list's total, or under a search the number found — exact,
 * or, while candidates the index left open wait for their text, "at most" (none checked
 * yet) and then "about" (the rest taken at the rate the checked ones matched), with the
 * bounds in its title and data attributes. Announced politely as it changes.
 */
export function SearchCountLine({ total, count }: { readonly total: number; readonly count: SearchCount | null }) {
  if (count === null) {
    return (
      <p className="text-sm text-faint" aria-live="polite">
        {strings.list.total(total)}
      </p>
    );
  }
  if (count.kind === 'exact') {
    return (
      <p className="text-sm text-faint" aria-live="polite" data-count="exact" data-min={count.n} data-max={count.n}>
        {searchStrings.found(count.n)}
      </p>
    );
  }
  const detail = searchStrings.countDetail(count.min, count.max - count.min);
  return (
    <p className="text-sm text-faint" aria-live="polite" data-count={count.kind} data-min={count.min} data-max={count.max} title={detail}>
      {count.kind === 'at-most' ? searchStrings.foundAtMost(count.n) : count.n === 0 ? searchStrings.noneSoFar : searchStrings.foundAbout(count.n)}
      <span className="sr-only">（{detail}）</span>
    </p>
  );
}
