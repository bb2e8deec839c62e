/**
 * An article file's searchable text as the ingest computes it: the body HTML parsed by
 * htmlparser2 with the options src/ingest/pipeline/steps/parse-body.ts parses posts with markup
 * (parseBody itself would take a body without tags for plain text and escape it again),
 * then the ingest's own searchTextOf over title, body and stocks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseDocument } from 'htmlparser2';

import type { Article } from '../../src/shared/bundle-types';
import { searchTextOf } from '../../src/ingest/pipeline/steps/index-search-text';
import { normalizeSearchText } from '../../src/shared/search-text';
import type { BundleReader } from './bundle-reader';

export interface ArticleText {
  readonly raw: Buffer;
  /** Normalized. */
  readonly title: string;
  /** Normalized: title, body, stocks. */
  readonly text: string;
}

export function readArticleText(reader: BundleReader, id: string): ArticleText {
  const raw = readFileSync(join(reader.dir, reader.articlePath(id)));
  const article = JSON.parse(raw.toString('utf8')) as Article;
  const doc = parseDocument(article.html, { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false });
  return { raw, title: normalizeSearchText(article.title), text: searchTextOf(doc, article.title, article.stocks) };
}
