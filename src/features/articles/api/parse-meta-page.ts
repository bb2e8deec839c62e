import type { ArticleMeta, MetaPage } from '../../../shared/bundle-types';
import { BundleError } from '../../../lib/bundle-error';
import { isRecord } from '../../../lib/is-record';

/** The fields of an article's metadata the list shows, each checked by parseMetaPage. */
export type ArticleListItem = Pick<ArticleMeta, 'id' | 'title' | 'date' | 'source'>;

export interface CheckedMetaPage extends Pick<MetaPage, 'page'> {
  readonly articles: readonly ArticleListItem[];
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Checks fetched JSON against the MetaPage contract of src/shared/bundle-types.ts.
 * `file` only names the file in error details. Throws BundleError `invalid` for a wrong shape;
 * one malformed article fails the whole page, since the ingest never writes one.
 */
export function parseMetaPage(value: unknown, file: string): CheckedMetaPage {
  const fail = (what: string) => new BundleError('invalid', `${file}: ${what}`);
  if (!isRecord(value)) throw fail('is not an object');

  const { page, articles } = value;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1) throw fail('has no positive "page"');
  if (!Array.isArray(articles)) throw fail('has no "articles" array');

  return {
    page,
    articles: articles.map((article: unknown, index): ArticleListItem => {
      if (!isRecord(article)) throw fail(`articles[${index}] is not an object`);
      const { id, title, date, source } = article;
      if (!isNonEmptyString(id)) throw fail(`articles[${index}] has no "id"`);
      if (!isNonEmptyString(title)) throw fail(`articles[${index}] has no "title"`);
      if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) {
        throw fail(`articles[${index}] has no ISO "date"`);
      }
      if (typeof source !== 'string') throw fail(`articles[${index}] has no "source"`);
      return { id, title, date, source };
    }),
  };
}
