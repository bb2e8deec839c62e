import { SEARCH_LIMITS } from './search-text';

/**
 * The list's search, as it lives in the URL beside the filters: `?q=绿色金融` and, for
 * newest first instead of title matches first, `?sort=newest`. Kept apart from
 * ListFilters: read rules and unread counts are per filter, never per query.
 */
export interface ListQuery {
  /** As typed (trimmed, bounded); normalized only when searched. */
  readonly text: string;
  readonly newest: boolean;
}

/** No search: the list as the filters make it. */
export const NO_LIST_QUERY: ListQuery = Object.freeze({ text: '', newest: false });

export function parseListQuery(search: string | URLSearchParams): ListQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const text = (params.get('q') ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds, on purpose
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, SEARCH_LIMITS.queryLength);
  return { text, newest: text !== '' && params.get('sort') === 'newest' };
}

/** `search` (a filters' search string, "" or "?…") with the query added. */
export function withListQuery(search: string, query: ListQuery): string {
  if (query.text === '') return search;
  const params = new URLSearchParams(search);
  params.set('q', query.text);
  if (query.newest) params.set('sort', 'newest');
  return `?${params.toString()}`;
}
