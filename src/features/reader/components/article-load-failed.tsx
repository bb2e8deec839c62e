import { NotFoundPanel } from '../../../components/not-found-panel';
import { BundleError } from '../../../lib/bundle-error';
import { strings } from '../../../shared/strings';
import { BundleLoadError } from '../../articles/components/bundle-load-error';
import { useBookmarkedArticle } from '../../bookmarks/api/get-bookmarked-article';
import { ArticleNeedsNetwork } from './article-needs-network';
import { ArticleLoading, SavedCopyNote } from './article-reader';
import { ArticleView } from './article-view';

interface ArticleLoadFailedProps {
  readonly error: unknown;
  readonly id: string;
  /** The list's search string, carried in the article's URL. */
  readonly search: string;
  readonly onRetry: () => void;
  readonly retrying: boolean;
}

/**
 * When the bundle cannot give the article (its manifest or its file failed): a bookmark's
 * saved copy if there is one, said to be one; else a not-found page when the bundle has
 * no such article, what is known of it and a retry that runs by itself when the network
 * is the cause, or the reason and a retry.
 */
export function ArticleLoadFailed({ error, id, search, onRetry, retrying }: ArticleLoadFailedProps) {
  const saved = useBookmarkedArticle(id, true);
  const missing = error instanceof BundleError && error.kind === 'missing';
  if (saved.data) {
    return (
      <>
        <SavedCopyNote missing={missing} />
        <ArticleView article={saved.data} search={search} />
      </>
    );
  }
  // The device is asked first: no flash of an error before the saved copy.
  if (saved.isPending) return <ArticleLoading />;
  if (missing) {
    return (
      <NotFoundPanel
        title={strings.app.pageTitle(strings.notFound.articleHeading)}
        heading={strings.notFound.articleHeading}
        hint={strings.notFound.articleHint}
      />
    );
  }
  if (error instanceof BundleError && error.kind === 'network') {
    return <ArticleNeedsNetwork id={id} search={search} retrying={retrying} onRetry={onRetry} />;
  }
  return (
    <div className="mx-auto max-w-[38em]">
      <title>{strings.app.pageTitle(strings.errors.pageTitle)}</title>
      <h1 className="sr-only">{strings.errors.heading}</h1>
      <BundleLoadError error={error instanceof Error ? error : new Error(String(error))} retrying={retrying} onRetry={onRetry} />
    </div>
  );
}
