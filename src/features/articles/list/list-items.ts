/** One row of the virtualized list: a day heading, or an article (by its ordinal). */
export type ListItem = { readonly kind: 'day'; readonly day: number } | { readonly kind: 'article'; readonly row: number };

/**
 * The rows `start`..`end` of a list (ordinals, newest first), with a heading before each
 * day; without headings when `dayOf` is null (rows ranked otherwise than by date).
 */
export function buildListItems(rows: Int32Array, dayOf: ((ordinal: number) => number) | null, start: number, end: number): ListItem[] {
  const out: ListItem[] = [];
  let lastDay = Number.NaN;
  for (let i = start; i < end; i++) {
    const row = rows[i]!;
    if (dayOf === null) {
      out.push({ kind: 'article', row });
      continue;
    }
    const day = dayOf(row);
    if (day !== lastDay) {
      out.push({ kind: 'day', day });
      lastDay = day;
    }
    out.push({ kind: 'article', row });
  }
  return out;
}

/**
 * Where focus goes back to for the article `row`: its own item, or when the list no
 * longer shows it the one that now stands in its place — the next below (older: rows
 * descend). -1 when there is none.
 */
export function positionForRow(items: readonly ListItem[], row: number): number {
  // Its own item first: a ranked list (search results) does not descend.
  const own = items.findIndex((item) => item.kind === 'article' && item.row === row);
  if (own !== -1) return own;
  return items.findIndex((item) => item.kind === 'article' && item.row <= row);
}
