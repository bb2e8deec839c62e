import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { articleBodyText, articleTextOf } from '../../bundle/article-search-text';
import { matchesAllTerms } from '../../shared/search-match';
import { articleSearchText, searchTerms } from '../../shared/search-text';
import { getAllBookmarks } from './bookmark-records';
import type { BookmarkSummary } from './bookmark-summary';

/** What a saved article is searched by, and the text its snippet is cut from. */
interface SavedText {
  /** Normalized, as the index would have it: title, body (or summary), stocks. */
  readonly search: string;
  /** The body as written, when the whole article is saved; else null (the summary stands in). */
  readonly body: string | null;
}

async function loadSavedTexts(): Promise<ReadonlyMap<string, SavedText>> {
  const texts = new Map<string, SavedText>();
  for (const entry of await getAllBookmarks()) {
    if (entry.article) {
      texts.set(entry.id, { search: articleTextOf(entry.article), body: articleBodyText(entry.article) });
    } else if (entry.meta) {
      texts.set(entry.id, { search: articleSearchText(entry.meta.title, entry.meta.summary, entry.meta.stocks), body: null });
    }
  }
  return texts;
}

/**
 * The saved articles' texts, read from IndexedDB once per set of saved copies: `copies`
 * names them (id, rev, whole or not), so saving, removing or refreshing one reads again.
 */
function savedTextsQueryOptions(copies: string) {
  return queryOptions({
    queryKey: ['bookmarks', 'search-texts', copies],
    queryFn: loadSavedTexts,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    networkMode: 'always',
  });
}

export interface BookmarkSearch {
  /** Normalized terms; empty without a query. */
  readonly terms: readonly string[];
  /** The bookmarks that contain every term, in the order given; null while the texts load. */
  readonly matches: readonly BookmarkSummary[] | null;
  /** The saved body of a match, for its snippet; null when only its summary is saved. */
  readonly bodyOf: (id: string) => string | null;
}

/**
 * Search within saved articles: a substring scan of their saved copies on the device,
 * so it works offline and needs no index. Every term must occur (AND), as in the list's
 * search; a single character is searched too (a scan of a few hundred articles is cheap).
 */
export function useBookmarkSearch(bookmarks: readonly BookmarkSummary[], query: string): BookmarkSearch {
  const terms = useMemo(() => searchTerms(query), [query]);
  const copies = useMemo(
    () =>
      terms.length === 0
        ? ''
        : bookmarks
            .map((b) => `${b.id}@${b.rev ?? ''}${b.hasArticle ? '+' : ''}`)
            .sort()
            .join(','),
    [bookmarks, terms.length],
  );
  const texts = useQuery({ ...savedTextsQueryOptions(copies), enabled: terms.length > 0 });
  const data = texts.data;
  return useMemo(() => {
    if (terms.length === 0) return { terms, matches: bookmarks, bodyOf: () => null };
    if (!data) return { terms, matches: texts.isError ? [] : null, bodyOf: () => null };
    // Not fetched yet (only the id is known): nothing to search in.
    const textOf = (b: BookmarkSummary) => data.get(b.id)?.search ?? (b.meta ? articleSearchText(b.meta.title, b.meta.summary, b.meta.stocks) : '');
    return {
      terms,
      matches: bookmarks.filter((b) => matchesAllTerms(textOf(b), terms)),
      bodyOf: (id: string) => data.get(id)?.body ?? null,
    };
  }, [terms, bookmarks, data, texts.isError]);
}
