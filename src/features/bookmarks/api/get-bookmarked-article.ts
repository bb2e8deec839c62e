import { queryOptions, useQuery } from '@tanstack/react-query';

import { getBookmarkedArticle } from '../bookmark-records';

/**
 * The copy of an article saved with its bookmark, for when the bundle cannot give it:
 * rebuilt without it (404), or no network and no cached file. Null when not bookmarked.
 */
export function getBookmarkedArticleQueryOptions(id: string, enabled: boolean) {
  return queryOptions({
    queryKey: ['bookmarks', 'article', id],
    queryFn: async () => (await getBookmarkedArticle(id)) ?? null,
    enabled,
    staleTime: 0,
  });
}

export function useBookmarkedArticle(id: string, enabled: boolean) {
  return useQuery(getBookmarkedArticleQueryOptions(id, enabled));
}
