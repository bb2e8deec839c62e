/** What ordering needs of an article: its ISO date (UTC, as parseDate writes it) and id. */
export interface Orderable {
  readonly id: string;
  readonly date: string;
}

/**
 * The articles in ordinal order: oldest first, ties by id. Index i of the result is
 * article i's ordinal. Oldest first so that articles added later, which are newer, take
 * new ordinals and never move existing ones. ISO dates in UTC of one fixed form compare
 * as strings in time order. Throws on two articles with one id (which share their date,
 * the id being derived from it, so they sort side by side): duplicates are resolved
 * before, and two equal keys would make the order, and every file name, depend on input order.
 */
export function orderArticles<T extends Orderable>(articles: readonly T[]): T[] {
  const ordered = [...articles].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.id === ordered[i - 1]!.id) throw new Error(`two articles with id ${ordered[i]!.id}`);
  }
  return ordered;
}
