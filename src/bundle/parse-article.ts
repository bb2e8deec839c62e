import type { Article } from '../shared/bundle-types';
import { BUNDLE_LIMITS } from '../shared/bundle-limits';
import { boundedText, invalid, label, nullable, object } from '../lib/check-json';
import { articleMetaShape, checkNeighbourRef, safeImages, safeLinkOrNull } from './bundle-checks';

const checkArticle = object({
  ...articleMetaShape,
  html: boundedText(BUNDLE_LIMITS.articleHtml),
  images: safeImages,
  originalTitle: nullable(label(BUNDLE_LIMITS.title, { empty: true })),
  sourceUrl: safeLinkOrNull,
  neighbours: object({ newer: checkNeighbourRef, older: checkNeighbourRef }),
});

/** Checks an article file; `file` names it in errors, `id` must be the one asked for. */
export function parseArticle(value: unknown, file: string, id: string): Article {
  const article = checkArticle(value, file);
  if (article.id !== id) throw invalid(file, 'id', `is ${article.id}, not ${id}`);
  return article;
}
