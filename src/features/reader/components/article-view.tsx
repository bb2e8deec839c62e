import { useId, useRef } from 'react';

import { strings } from '../../../shared/strings';
import { readerStrings } from '../reader-strings';
import type { Article, ArticleContent } from '../../../shared/bundle-types';
import { marksFirstOnly, useReadingSettings } from '../../settings/reading-settings';
import { originalUrlOf } from '../original-url';
import { useArticleNeighbours } from '../hooks/use-article-neighbours';
import { useReaderShortcuts } from '../hooks/use-reader-shortcuts';
import { useReadingProgress } from '../hooks/use-reading-progress';
import { useReadingTypography } from '../hooks/use-reading-typography';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { ArticleNeighbours } from './article-neighbours';
import { ArticleToolbar } from './article-toolbar';
import { ReadingProgress } from './reading-progress';

interface ArticleViewProps {
  /** A bundle article, or a saved copy (whose neighbours may be unknown). */
  readonly article: ArticleContent & Partial<Pick<Article, 'neighbours'>>;
  /** The list's search string (its filters), kept for back, previous and next. */
  readonly search: string;
}

/** A loaded article: progress bar, toolbar, header, body, editor line, previous/next; its keys. */
export function ArticleView({ article, search }: ArticleViewProps) {
  const settings = useReadingSettings();
  const { sizeClass: size, familyClass } = useReadingTypography();
  const headingId = useId();
  const articleRef = useRef<HTMLElement>(null);
  const progress = useReadingProgress(articleRef);
  const neighbours = useArticleNeighbours(article, search);
  const original = originalUrlOf(article);
  useReaderShortcuts({ search, neighbours, original, articleId: article.id });

  return (
    <>
      <title>{strings.app.pageTitle(article.title)}</title>
      <ReadingProgress percent={progress} />
      <article ref={articleRef} aria-labelledby={headingId} data-font-size={settings.fontSize} className={`mx-auto max-w-[38em] px-4 sm:px-0 ${size}`}>
        <ArticleToolbar article={article} search={search} original={original} />
        <ArticleHeader article={article} headingId={headingId} />
        <ArticleBody
          html={article.html}
          stocks={article.stocks}
          highlightStocks={settings.highlightStocks}
          firstMentionOnly={marksFirstOnly(settings.stockMarks, article.charCount)}
          className={`mt-6 ${familyClass}`}
        />
        {article.editor && <p className="mt-8 text-right text-sm text-faint">{readerStrings.editor(article.editor)}</p>}
      </article>
      <div className={`mx-auto max-w-[38em] ${size}`}>
        <footer className="mt-10 border-t border-line px-4 pt-8 text-base sm:px-0">
          <ArticleNeighbours neighbours={neighbours} search={search} />
        </footer>
      </div>
    </>
  );
}
