import { formatBeijingDate } from '../../../shared/format-beijing-date';
import { readerStrings } from '../reader-strings';
import type { ArticleContent } from '../../../shared/bundle-types';
import { ArticleBreadcrumb } from './article-breadcrumb';

interface ArticleHeaderProps {
  readonly article: ArticleContent;
  readonly headingId: string;
}

function Dot() {
  return (
    <span aria-hidden="true" className="text-line">
      ·
    </span>
  );
}

/**
 * Breadcrumb, the page's one h1, the headline the source first published when it differs
 * (small and muted: a note on the headline, not a second one), the reporter line, then
 * when (Beijing time) and how long.
 */
export function ArticleHeader({ article, headingId }: ArticleHeaderProps) {
  return (
    <header className="border-b border-line pb-5 sm:pb-6">
      <ArticleBreadcrumb source={article.source} categories={article.categories} />
      <h1 id={headingId} className="mt-3 text-[1.625rem] leading-[1.35] font-bold tracking-[0.01em] text-pretty sm:text-[2rem] sm:leading-[1.3]">
        {article.title}
      </h1>
      {article.originalTitle && <p className="mt-2 text-sm text-muted">{readerStrings.originalTitle(article.originalTitle)}</p>}
      {article.byline && <p className="mt-3 text-[15px] text-muted">{article.byline}</p>}
      <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-faint">
        <span className="sr-only">{readerStrings.published}</span>
        <time dateTime={article.date} className="tabular-nums">
          {formatBeijingDate(article.date)}
        </time>
        <Dot />
        <span>{readerStrings.readingTime(article.readingMinutes)}</span>
        <Dot />
        <span className="tabular-nums">{readerStrings.charCount(article.charCount)}</span>
      </p>
    </header>
  );
}
