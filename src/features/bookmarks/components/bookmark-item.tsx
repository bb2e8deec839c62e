import { Link, useNavigate } from 'react-router';

import { paths } from '../../../config/paths';
import { ArticleThumbnail } from '../../../components/article-thumbnail';
import { BeijingTime } from '../../../components/beijing-time';
import { Button } from '../../../components/button';
import { HighlightedText } from '../../../components/highlighted-text';
import { Icon } from '../../../components/icon';
import { snippetAround } from '../../../lib/highlight-ranges';
import { bookmarkStrings } from '../bookmark-strings';
import { primeArticleFromBookmark } from '../bookmark-records';
import type { BookmarkSummary } from '../bookmark-summary';

interface BookmarkItemProps {
  readonly bookmark: BookmarkSummary;
  readonly onRemove: (bookmark: BookmarkSummary) => void;
  /** Search terms to mark (normalized); none outside a search. */
  readonly terms?: readonly string[];
  /** The saved body, for a snippet around the first match; null: the summary shows. */
  readonly body?: string | null;
}

const NO_TERMS: readonly string[] = [];

export function bookmarkTitle(bookmark: BookmarkSummary): string {
  return bookmark.meta?.title ?? bookmarkStrings.untitled(bookmark.id);
}

/**
 * One saved article: title (opens it), source, date, summary, its state, and 移除.
 * Opening hands the saved copy to the reading view first (when the bundle's is not
 * loaded), so it opens offline and after a rebuild without it.
 */
export function BookmarkItem({ bookmark, onRemove, terms = NO_TERMS, body = null }: BookmarkItemProps) {
  const navigate = useNavigate();
  const { id, meta } = bookmark;
  const title = bookmarkTitle(bookmark);
  const href = paths.article.getHref(id);

  return (
    <div className="flex gap-4 px-4 py-4 sm:px-5">
      <div className="min-w-0 flex-1">
        <h2 className="text-[17px] leading-snug font-semibold text-pretty">
          <Link
            to={href}
            data-bookmark-link={id}
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              void primeArticleFromBookmark(id)
                .catch(() => false)
                .then(() => navigate(href));
            }}
            className="rounded-sm text-ink hover:text-accent"
          >
            <HighlightedText text={title} terms={terms} />
          </Link>
        </h2>
        {meta && (
          <p className="mt-1.5 flex flex-wrap items-center gap-x-2 text-sm text-faint">
            {meta.source && (
              <>
                <span>{meta.source}</span>
                <span aria-hidden="true">·</span>
              </>
            )}
            <BeijingTime iso={meta.date} />
            <span aria-hidden="true">·</span>
            <span>{bookmarkStrings.readingMinutes(meta.readingMinutes)}</span>
          </p>
        )}
        {(body !== null && terms.length > 0) || meta?.summary ? (
          <p className="mt-2 line-clamp-2 text-[15px] leading-relaxed text-muted">
            <HighlightedText text={body !== null && terms.length > 0 ? snippetAround(body, terms) : (meta?.summary ?? '')} terms={terms} />
          </p>
        ) : null}
        <div className="mt-2.5 flex flex-wrap items-center gap-x-3 gap-y-2">
          {bookmark.missingSince !== null && (
            <span
              title={bookmarkStrings.missingHint}
              className="inline-flex items-center gap-1 rounded-full bg-mark px-2.5 py-0.5 text-xs font-medium text-ink ring-1 ring-mark-line/60"
            >
              <Icon name="warning" className="size-3.5" />
              {bookmarkStrings.missing}
            </span>
          )}
          {!bookmark.hasArticle && (
            <span title={bookmarkStrings.notSavedHint} className="inline-flex items-center rounded-full bg-sunken px-2.5 py-0.5 text-xs text-muted">
              {bookmarkStrings.notSaved}
            </span>
          )}
          {bookmark.savedAt > 0 && (
            <BeijingTime iso={new Date(bookmark.savedAt).toISOString()} format={bookmarkStrings.savedAt} className="text-xs text-faint" />
          )}
          <Button
            variant="quiet"
            size="md"
            data-remove-bookmark={id}
            aria-label={bookmarkStrings.removeLabel(title)}
            onClick={() => onRemove(bookmark)}
            className="-my-1 ml-auto"
          >
            <Icon name="trash" />
            {bookmarkStrings.remove}
          </Button>
        </div>
      </div>
      {meta?.headImage && <ArticleThumbnail src={meta.headImage} />}
    </div>
  );
}
