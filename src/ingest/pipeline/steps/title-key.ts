/**
 * A title as the ingest compares titles: NFKC (full-width letters and digits fold),
 * lower case, one quote style, no whitespace. Two titles with the same key are the same
 * headline: the id of an article hashes this key, and a 原标题 line whose key equals the
 * title's is not worth keeping. Apply restoreTitleQuotes first where the feed may have
 * turned quote marks into underscores.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"「」『』‘’']/g, '"')
    .replace(/[\s\u3000]+/g, '');
}
