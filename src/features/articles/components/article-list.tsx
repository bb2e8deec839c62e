import { formatBeijingDate } from '../../../lib/format-beijing-date';
import type { ArticleListItem } from '../api/parse-meta-page';

interface ArticleListProps {
  /** Newest first, as the bundle orders them; shown in the given order. */
  readonly articles: readonly ArticleListItem[];
  /** Accessible name of the list. */
  readonly label: string;
}

export function ArticleList({ articles, label }: ArticleListProps) {
  return (
    <ol
      aria-label={label}
      className="divide-y divide-stone-200 border-y border-stone-200 bg-white sm:rounded-xl sm:border sm:shadow-sm"
    >
      {articles.map((article) => (
        <li key={article.id} className="px-4 py-4 sm:px-6">
          <h2 className="text-[17px] leading-snug font-semibold text-pretty text-stone-900">{article.title}</h2>
          <p className="mt-1.5 flex flex-wrap items-center gap-x-2 text-sm text-stone-500">
            <span>{article.source}</span>
            <span aria-hidden="true" className="text-stone-300">
              ·
            </span>
            <time dateTime={article.date} className="tabular-nums">
              {formatBeijingDate(article.date)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
