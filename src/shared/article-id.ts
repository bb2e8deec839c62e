import { parseDayIso } from './beijing-day';

/**
 * Article ids as the ingest makes them (src/ingest/pipeline/steps/make-article-id.ts): the
 * article's Beijing calendar day, then 12 base-32 characters of hash, e.g.
 * "20220210-z32ns2p5qzuc". Anything else is not an id of ours.
 */
const ARTICLE_ID = /^(\d{4})(\d{2})(\d{2})-[a-z2-7]{12}$/;

export function isArticleId(value: string): boolean {
  return ARTICLE_ID.test(value);
}

/**
 * The Beijing day number (days since 1970-01-01 in Beijing) an id was made for, or null
 * for a string that is not an id. The day tells where the article sits in a bundle's
 * timeline without loading anything else.
 */
export function articleIdDay(id: string): number | null {
  const match = ARTICLE_ID.exec(id);
  if (!match) return null;
  const [, year, month, day] = match;
  return parseDayIso(`${year}-${month}-${day}`);
}

/** The bundle's order of articles: by date, then id. Negative when `a` comes first (is older). */
export function compareArticleKeys(a: { readonly date: string; readonly id: string }, b: { readonly date: string; readonly id: string }): number {
  const da = Date.parse(a.date);
  const db = Date.parse(b.date);
  if (da !== db) return da - db;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
