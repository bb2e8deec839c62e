import type { Article } from '../shared/bundle-types';
import { nullable, object, text } from '../lib/check-json';
import { BundleError } from '../lib/bundle-error';
import { articleMetaShape, checkNeighbourRef, safeUrls } from './bundle-checks';

const checkArticle = object({
  ...articleMetaShape,
  html: text,
  images: safeUrls,
  originalTitle: nullable(text),
  sourceUrl: nullable(text),
  neighbours: object({ newer: checkNeighbourRef, older: checkNeighbourRef }),
});

/** Checks an article file; `file` names it in errors, `id` must be the one asked for. */
export function parseArticle(value: unknown, file: string, id: string): Article {
  const article = checkArticle(value, file);
  if (article.id !== id) throw new BundleError('invalid', `${file}: holds article ${article.id}, not ${id}`);
  return article;
}
