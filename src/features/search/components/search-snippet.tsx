import { HighlightedText } from '../../../components/highlighted-text';
import { snippetAround } from '../../../lib/highlight-ranges';
import type { ArticleMeta, Manifest } from '../../../shared/bundle-types';
import { useArticle } from '../../../bundle/article-query';
import { articleBodyText } from '../../../bundle/article-search-text';

interface SearchSnippetProps {
  readonly manifest: Manifest;
  readonly article: ArticleMeta;
  readonly terms: readonly string[];
}

/**
 * The body around the first match, matches marked: from the article file (checking the
 * candidate fetched it already, and opening the result will use it). The summary stands
 * in while it comes, and if it cannot.
 */
export function SearchSnippet({ manifest, article, terms }: SearchSnippetProps) {
  const full = useArticle(manifest, article.id, article.rev);
  const text = full.data ? snippetAround(articleBodyText(full.data), terms) : article.summary;
  return (
    <p className="mt-2 line-clamp-2 text-[15px] leading-relaxed text-muted" data-snippet={full.data ? '' : undefined}>
      <HighlightedText text={text} terms={terms} />
    </p>
  );
}
