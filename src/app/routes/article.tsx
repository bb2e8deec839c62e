import { Suspense } from 'react';
import { useLocation, useParams, useRouteError } from 'react-router';

import { NotFoundPanel } from '../../components/not-found-panel';
import { isRecord } from '../../lib/is-record';
import { isArticleId } from '../../shared/article-id';
import { strings } from '../../shared/strings';
import { ArticleLoading, ArticleReader } from '../../features/reader/components/article-reader';
import { ArticleLoadFailed } from '../../features/reader/components/article-load-failed';
import { useBackToListShortcut } from '../../features/reader/hooks/use-back-to-list-shortcut';
import { useRouteRetry } from './use-route-retry';

/** The rev a link put in the history entry (see ArticleListItem), checked: state is untrusted. */
function revOf(state: unknown): string | null {
  return isRecord(state) && typeof state.rev === 'string' && /^[\w-]{1,64}$/.test(state.rev) ? state.rev : null;
}

/**
 * "/articles/:id": the reading view. The search string holds the list's filters, for
 * back, previous and next. Keyed by id, so moving to another article starts afresh, with
 * the skeleton until it is in.
 */
export function ArticleRoute() {
  const { id = '' } = useParams();
  const { search, state } = useLocation();
  useBackToListShortcut(search);
  // Not the shape of an id the ingest makes (../, %2F, a stray word): no article, and no
  // request that a server decoding %2F could turn into another bundle file.
  if (!isArticleId(id)) {
    return (
      <NotFoundPanel
        title={strings.app.pageTitle(strings.notFound.articleHeading)}
        heading={strings.notFound.articleHeading}
        hint={strings.notFound.articleHint}
      />
    );
  }
  return (
    <Suspense key={id} fallback={<ArticleLoading />}>
      <ArticleReader id={id} search={search} rev={revOf(state)} />
    </Suspense>
  );
}

/** The article route's error element: the manifest or the article file failed (ArticleLoadFailed says what the reader can still have). */
export function ArticleRouteError() {
  const { id = '' } = useParams();
  const { search } = useLocation();
  const error = useRouteError();
  const { retry, retrying } = useRouteRetry();
  useBackToListShortcut(search);
  return <ArticleLoadFailed key={id} error={error} id={id} search={search} onRetry={retry} retrying={retrying} />;
}
