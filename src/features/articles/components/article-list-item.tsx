import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import { ArticleThumbnail } from '../../../components/article-thumbnail';
import { BeijingTime } from '../../../components/beijing-time';
import { HighlightedText } from '../../../components/highlighted-text';
import type { ArticleMeta, Manifest } from '../../../shared/bundle-types';
import { strings } from '../../../shared/strings';
import { BookmarkToggle } from '../../bookmarks/components/bookmark-toggle';
import { useIsRead } from '../../read-state/read-state-query';
import { useReadingSettings } from '../../settings/reading-settings';
import { getArticleQueryOptions } from '../../../bundle/article-query';
import { SearchSnippet } from '../../search/components/search-snippet';
import { StockChip } from './stock-chip';

interface ArticleListItemProps {
  readonly article: ArticleMeta;
  readonly manifest: Manifest;
  /** The list's search string, carried into the article so previous/next keep the filter. */
  readonly search: string;
  readonly activeStock: string | null;
  readonly onOpen: (id: string) => void;
  /** Search terms to mark in the title, with a snippet around the first match in place of the summary. */
  readonly terms?: readonly string[];
}

/** One article of the list. The title link is the item's focus target (j/k, Enter). */
export function ArticleListItem({ article, manifest, search, activeStock, onOpen, terms = [] }: ArticleListItemProps) {
  const queryClient = useQueryClient();
  const read = useIsRead(article);
  // With the rev the article's URL is immutable: cached once, by the worker and the browser.
  const prefetch = () => void queryClient.prefetchQuery(getArticleQueryOptions(manifest, article.id, article.rev));
  const stocks = article.stocks.slice(0, 4);
  // 紧凑: title and meta line only, with the ☆ on the meta line — about twice the rows a screen.
  const compact = useReadingSettings().listDensity === 'compact';
  return (
    // Read rows are quieter by colour and weight, not by opacity: every text keeps its
    // theme token, so it still meets 4.5:1 contrast.
    <div className={`flex gap-4 px-4 sm:px-5 ${compact ? 'py-2' : 'py-4'}`} data-read={read || undefined} data-density={compact ? 'compact' : undefined}>
      <div className="min-w-0 flex-1">
        <h3 className="text-[17px] leading-snug font-semibold text-pretty">
          <Link
            to={paths.article.getHref(article.id, search)}
            state={{ rev: article.rev }}
            data-article-link={article.id}
            onMouseEnter={prefetch}
            onFocus={prefetch}
            onClick={() => onOpen(article.id)}
            className={`rounded-sm hover:text-accent ${read ? 'font-normal text-muted' : 'text-ink'}`}
          >
            <HighlightedText text={article.title} terms={terms} />
          </Link>
        </h3>
        <p className="mt-1.5 flex flex-wrap items-center gap-x-2 text-sm text-faint">
          <span>{article.source}</span>
          <span aria-hidden="true">·</span>
          <BeijingTime iso={article.date} label={false} />
          <span aria-hidden="true">·</span>
          <span>{strings.list.readingMinutes(article.readingMinutes)}</span>
          {read && (
            <>
              <span aria-hidden="true">·</span>
              <span className="rounded bg-sunken px-1.5 text-xs leading-5">{strings.list.read}</span>
            </>
          )}
        </p>
        {!compact && terms.length > 0 && <SearchSnippet manifest={manifest} article={article} terms={terms} />}
        {!compact && terms.length === 0 && article.summary && <p className="mt-2 line-clamp-2 text-[15px] leading-relaxed text-muted">{article.summary}</p>}
        {!compact && (
          <div className="mt-2.5 flex items-center gap-2">
            {stocks.length > 0 && (
              <ul aria-label={strings.list.stocksLabel} className="flex min-w-0 flex-1 flex-wrap gap-1.5">
                {stocks.map((stock) => (
                  <li key={stock.code}>
                    <StockChip stock={stock} active={stock.code === activeStock} />
                  </li>
                ))}
              </ul>
            )}
            <div className="ml-auto">
              <BookmarkToggle articleId={article.id} compact />
            </div>
          </div>
        )}
      </div>
      {compact ? (
        <div className="shrink-0 self-center">
          <BookmarkToggle articleId={article.id} compact />
        </div>
      ) : (
        article.headImage && <ArticleThumbnail src={article.headImage} />
      )}
    </div>
  );
}
