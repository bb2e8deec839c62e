import { useLocation, useParams } from 'react-router';

import { isRecord } from '../../lib/is-record';
import { ArticleReader } from '../../features/reader/components/article-reader';
import { useBackToListShortcut } from '../../features/reader/hooks/use-back-to-list-shortcut';

/** The rev a link put in the history entry (see ArticleListItem), checked: state is untrusted. */
function revOf(state: unknown): string | null {
  return isRecord(state) && typeof state.rev === 'string' && /^[\w-]{1,64}$/.test(state.rev) ? state.rev : null;
}

/**
 * "/articles/:id": the reading view. The search string holds the list's filters, for
 * back, previous and next. Keyed by id, so moving to another article starts afresh.
 */
export function ArticleRoute() {
  const { id = '' } = useParams();
  const { search, state } = useLocation();
  useBackToListShortcut(search);
  return <ArticleReader key={id} id={id} search={search} rev={revOf(state)} />;
}
