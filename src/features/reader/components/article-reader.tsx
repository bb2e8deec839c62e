import { readerStrings } from '../reader-strings';
import { bookmarkStrings } from '../../bookmarks/bookmark-strings';
import { useSuspenseArticle } from '../../../bundle/article-query';
import { useManifest } from '../../../bundle/manifest-query';
import { useIsMissingBookmark } from '../../bookmarks/bookmarks-query';
import { useArticleOpened } from '../hooks/use-article-opened';
import { strings } from '../../../shared/strings';
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
 * The reading view of an article the bundle gives. It suspends while the article loads
 * (ArticleLoading is its fallback) and throws a failure to the route's error element
 * (ArticleLoadFailed), so here the article is always at hand.
 */
export function ArticleReader({ id, search, rev }: ArticleReaderProps) {
  const article = useSuspenseArticle(useManifest(), id, rev);
  // Not in the current bundle although its file came (the bookmark check puts the saved
  // copy into the query cache when the article file is gone): a saved version, and said so.
  const gone = useIsMissingBookmark(id);
  useArticleOpened(id, search);
  return (
    <>
      {gone && <SavedCopyNote missing />}
      <ArticleView article={article} search={search} />
    </>
  );
}

/** What the reader sees while the article loads: its shape, and the tab says so. */
export function ArticleLoading() {
  return (
    <>
      <title>{strings.app.pageTitle(readerStrings.loading)}</title>
      <ArticleSkeleton />
    </>
  );
}

/** Above a saved copy: why this is not the bundle's article. */
export function SavedCopyNote({ missing }: { readonly missing: boolean }) {
  return (
    <p role="note" className="mx-auto mb-4 max-w-[38em] rounded-lg border border-mark-line bg-mark px-4 py-2.5 text-sm">
      <strong>{missing ? bookmarkStrings.missing : readerStrings.savedCopyTitle}</strong>
      {' · '}
      {missing ? bookmarkStrings.missingHint : readerStrings.savedCopy}
    </p>
  );
}
