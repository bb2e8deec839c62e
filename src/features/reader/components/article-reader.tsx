import { NotFoundPanel } from '../../../components/not-found-panel';
import { BundleError } from '../../../lib/bundle-error';
import { strings } from '../../../shared/strings';
import { readerStrings } from '../reader-strings';
import { bookmarkStrings } from '../../bookmarks/bookmark-strings';
import { useArticle } from '../../../bundle/article-query';
import { useManifest } from '../../../bundle/manifest-query';
import { BundleLoadError } from '../../articles/components/bundle-load-error';
import { useBookmarkedArticle } from '../../bookmarks/api/get-bookmarked-article';
import { useIsMissingBookmark } from '../../bookmarks/bookmarks-query';
import { ArticleNeedsNetwork } from './article-needs-network';
import { useArticleOpened } from '../hooks/use-article-opened';
import { ArticleSkeleton } from './article-skeleton';
import { ArticleView } from './article-view';

interface ArticleReaderProps {
  readonly id: string;
  /** The list's search string, carried in the article's URL. */
  readonly search: string;
  /** The article's rev when the link that opened it knew it (its URL is then immutable). */
  readonly rev: string | null;
}

/**
 * The reading view's states: a skeleton while the manifest and the article load, the
 * reason and a retry button when loading fails, a proper not-found page when the bundle
 * has no such article, and the article.
 */
export function ArticleReader({ id, search, rev }: ArticleReaderProps) {
  const manifest = useManifest();
  const article = useArticle(manifest.data, id, rev);
  const failed = manifest.isError ? manifest : article.isError ? article : null;
  // When the bundle cannot give the article, a bookmark's saved copy can.
  const saved = useBookmarkedArticle(id, failed !== null);
  const missing = article.error instanceof BundleError && article.error.kind === 'missing';
  // Not in the current bundle, whichever way the text arrived (the bookmark check puts
  // the saved copy into the query cache when the article file is gone): the reader is
  // told it is a saved version.
  const gone = useIsMissingBookmark(id);

  useArticleOpened(id, search, article.data !== undefined);

  const shown = article.data ?? (failed ? saved.data : null);
  if (shown && (gone || !article.data)) {
    return (
      <>
        <p role="note" className="mx-auto mb-4 max-w-[38em] rounded-lg border border-mark-line bg-mark px-4 py-2.5 text-sm">
          <strong>{gone || missing ? bookmarkStrings.missing : readerStrings.savedCopyTitle}</strong>
          {' · '}
          {gone || missing ? bookmarkStrings.missingHint : readerStrings.savedCopy}
        </p>
        <ArticleView article={shown} search={search} />
      </>
    );
  }
  if (failed && saved.isPending && saved.fetchStatus !== 'idle') {
    return <ArticleSkeleton />;
  }
  if (missing) {
    return (
      <NotFoundPanel
        title={strings.app.pageTitle(strings.notFound.articleHeading)}
        heading={strings.notFound.articleHeading}
        hint={strings.notFound.articleHint}
      />
    );
  }
  if (failed && failed.error instanceof BundleError && failed.error.kind === 'network') {
    return <ArticleNeedsNetwork id={id} search={search} retrying={failed.isFetching} onRetry={() => void failed.refetch()} />;
  }
  if (failed) {
    return (
      <div className="mx-auto max-w-[38em]">
        <title>{strings.app.pageTitle(strings.errors.pageTitle)}</title>
        <h1 className="sr-only">{strings.errors.heading}</h1>
        <BundleLoadError error={failed.error} retrying={failed.isFetching} onRetry={() => void failed.refetch()} />
      </div>
    );
  }
  if (!article.data) {
    return (
      <>
        <title>{strings.app.pageTitle(readerStrings.loading)}</title>
        <ArticleSkeleton />
      </>
    );
  }
  return <ArticleView article={article.data} search={search} />;
}
