import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import { readerStrings } from '../reader-strings';
import { getArticleQueryOptions } from '../../../bundle/article-query';
import { useManifestIfLoaded } from '../../../bundle/manifest-query';
import type { ArticleNeighbours as Neighbours, Neighbour } from '../hooks/use-article-neighbours';

interface ArticleNeighboursProps {
  /** From useArticleNeighbours, which the view shares with j/k. */
  readonly neighbours: Neighbours;
  /** The list's search string: previous and next stay within its filters, and keep them. */
  readonly search: string;
}

function NeighbourLink({ article, search, direction }: { readonly article: Neighbour; readonly search: string; readonly direction: 'previous' | 'next' }) {
  const isNext = direction === 'next';
  const queryClient = useQueryClient();
  const manifest = useManifestIfLoaded();
  // Start loading the neighbour as soon as the reader shows interest in it.
  const prefetch = () => void queryClient.prefetchQuery(getArticleQueryOptions(manifest, article.id, article.rev));
  return (
    <Link
      to={paths.article.getHref(article.id, search)}
      state={article.rev ? { rev: article.rev } : undefined}
      rel={isNext ? 'next' : 'prev'}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
      className={`group flex h-full flex-col gap-1 rounded-xl border border-line bg-surface px-4 py-3.5 transition-colors hover:border-accent ${
        isNext ? 'sm:items-end sm:text-right' : ''
      }`}
    >
      <span className="flex items-center gap-1 text-xs font-medium text-faint group-hover:text-accent">
        {!isNext && <span aria-hidden="true">←</span>}
        {isNext ? readerStrings.next : readerStrings.previous}
        {isNext && <span aria-hidden="true">→</span>}
      </span>
      <span className="line-clamp-2 text-[15px] leading-snug font-medium text-ink">{article.title}</span>
    </Link>
  );
}

function Edge({ children }: { readonly children: string }) {
  return <p className="flex h-full items-center justify-center rounded-xl border border-dashed border-line px-4 py-3.5 text-sm text-faint">{children}</p>;
}

/** 上一篇 / 下一篇 within the list's current filter (newer first, as the list shows them). */
export function ArticleNeighbours({ neighbours, search }: ArticleNeighboursProps) {
  const { previous, next } = neighbours;
  if (!previous && !next) return null;
  return (
    <nav aria-label={readerStrings.neighbours} className="grid gap-3 sm:grid-cols-2">
      <div>{previous ? <NeighbourLink article={previous} search={search} direction="previous" /> : <Edge>{readerStrings.noPrevious}</Edge>}</div>
      <div>{next ? <NeighbourLink article={next} search={search} direction="next" /> : <Edge>{readerStrings.noNext}</Edge>}</div>
    </nav>
  );
}
