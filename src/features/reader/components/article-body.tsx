import { useMemo } from 'react';

import { sanitizeArticleHtml } from '../../../lib/sanitize-article-html';
import type { StockRef } from '../../../shared/bundle-types';
import { renderArticleNodes } from './render-article-nodes';

interface ArticleBodyProps {
  /** The bundle's `html`: untrusted; it only reaches the page through the sanitizer. */
  readonly html: string;
  readonly stocks: readonly StockRef[];
  readonly highlightStocks: boolean;
  /** Highlight each stock's first mention only (see the reading settings). */
  readonly firstMentionOnly: boolean;
  readonly className?: string;
}

/**
 * The article text, sanitized by the app's one DOMPurify instance and rendered as React
 * elements (typography in index.css under [data-article-body]), the stocks the article
 * names as highlighted mentions, images that fail as placeholders.
 */
export function ArticleBody({ html, stocks, highlightStocks, firstMentionOnly, className = '' }: ArticleBodyProps) {
  const fragment = useMemo(() => sanitizeArticleHtml(html), [html]);
  const stocksByCode = useMemo(() => new Map(stocks.map((stock) => [stock.code, stock])), [stocks]);
  const nodes = useMemo(
    () => renderArticleNodes(fragment, { stocks: stocksByCode, highlightStocks, firstMentionOnly }),
    [fragment, stocksByCode, highlightStocks, firstMentionOnly],
  );

  return (
    <div data-article-body="" className={className}>
      {nodes}
    </div>
  );
}
