import { NotFoundPanel } from '../../../components/not-found-panel';
import { BundleError } from '../../../lib/bundle-error';
import { strings } from '../../../lib/strings';
import { useArticle } from '../../articles/api/get-article';
import { useManifest } from '../../articles/api/get-manifest';
import { BundleLoadError } from '../../articles/components/bundle-load-error';
import { ArticleSkeleton } from './article-skeleton';
import { ArticleView } from './article-view';

interface ArticleReaderProps {
  readonly id: string;
  /** The list's search string, carried in the article's URL. */
  readonly search: string;
}

/**
 * The reading view's states: a skeleton while the manifest and the article load, the
 * reason and a retry button when loading fails, a proper not-found page when the bundle
 * has no such article, and the article.
 */
export function ArticleReader({ id, search }: ArticleReaderProps) {
  const manifest = useManifest();
  const article = useArticle(manifest.data, id);
  const failed = manifest.isError ? manifest : article.isError ? article : null;

  if (article.error instanceof BundleError && article.error.kind === 'missing') {
    return (
      <NotFoundPanel
        title={strings.app.pageTitle(strings.notFound.articleHeading)}
        heading={strings.notFound.articleHeading}
        hint={strings.notFound.articleHint}
      />
    );
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
        <title>{strings.app.pageTitle(strings.reader.loading)}</title>
        <ArticleSkeleton />
      </>
    );
  }
  return <ArticleView article={article.data} search={search} />;
}
