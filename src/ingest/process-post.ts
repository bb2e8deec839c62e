import { createHash } from 'node:crypto';
import type { Article } from '../shared/bundle-types';
import { CLEANUP_RULES } from './cleanup-rules';
import { decodeText } from './steps/decode-text';
import { extractCredits } from './steps/extract-credits';
import { extractStocks } from './steps/extract-stocks';
import { makeArticleId } from './steps/make-article-id';
import { markStocks } from './steps/mark-stocks';
import { measureText } from './steps/measure-text';
import { normalizeImages, normalizeUrl } from './steps/normalize-images';
import { normalizeMarkup } from './steps/normalize-markup';
import { parseBody } from './steps/parse-body';
import { parseCategories } from './steps/parse-categories';
import { parseDate } from './steps/parse-date';
import { readFrontMatter } from './steps/read-front-matter';
import { removeBoilerplate } from './steps/remove-boilerplate';
import { removeEmpty } from './steps/remove-empty';
import { restoreTitleQuotes } from './steps/restore-title-quotes';
import { sanitizeHtml } from './steps/sanitize-html';
import { splitFrontMatter } from './steps/split-front-matter';

export type PostOutcome =
  | {
      readonly ok: true;
      readonly article: Article;
      /** The article serialized, as the bundle stores it (made here once, for the hash). */
      readonly json: string;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

/**
 * One post, bytes in, article out: the whole ingest pipeline for a file, in order.
 * Pure apart from hashing: no I/O, no clock, no globals, so the same bytes always give
 * the same article. The HTML steps share one DOM, in this order for these reasons:
 * stocks are read before comments go; markup is normalized before credits are found
 * (they are bold <strong> runs then); sanitizing is last and nothing edits after it.
 */
export function processPost(bytes: Uint8Array): PostOutcome {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const parts = splitFrontMatter(decoded.value.text);
  if (!parts.ok) return parts;
  const front = readFrontMatter(parts.value.yaml, parts.value.yamlLine);
  if (!front.ok) return front;
  const date = parseDate(front.value.date);
  if (!date.ok) return date;
  const categories = parseCategories(front.value.categories);
  if (!categories.ok) return categories;
  const title = restoreTitleQuotes(front.value.title);

  const doc = parseBody(parts.value.body);
  const stocks = extractStocks(doc);
  const promoImages = removeBoilerplate(doc);
  normalizeMarkup(doc);
  const credits = extractCredits(doc);
  const { images, warnings } = normalizeImages(doc);
  markStocks(doc, stocks);
  removeEmpty(doc);
  const html = sanitizeHtml(doc);
  const text = measureText(doc);
  if (html === '' || (text.charCount === 0 && images.length === 0)) return { ok: false, reason: 'empty body' };

  const headImage = pickHeadImage([front.value.headimg, front.value.thumbnail], promoImages, images, warnings);
  const article: Omit<Article, 'rev'> = {
    id: makeArticleId(title, date.value),
    title,
    date: date.value,
    source: front.value.author ?? categories.value[0]?.[1] ?? '',
    categories: categories.value,
    stocks,
    summary: text.summary,
    charCount: text.charCount,
    readingMinutes: text.readingMinutes,
    headImage,
    byline: credits.byline,
    editor: credits.editor,
    images,
    html,
  };
  // rev hashes everything else, so it changes exactly when the article file does; it is
  // appended last to the serialization that was hashed.
  const body = JSON.stringify(article);
  const rev = createHash('sha256').update(body).digest('base64url').slice(0, 12);
  const json = `${body.slice(0, -1)},"rev":${JSON.stringify(rev)}}`;
  return { ok: true, article: { ...article, rev }, json, warnings };
}

/**
 * The front matter's head image, unless it is unsafe or the site's promo image (the QR
 * code the boilerplate carried); else the body's first image; else none.
 */
function pickHeadImage(
  candidates: readonly (string | null)[],
  promoImages: ReadonlySet<string>,
  bodyImages: readonly string[],
  warnings: string[],
): string | null {
  const promo = new Set([...promoImages, ...CLEANUP_RULES.promoImages].map((url) => normalizeUrl(url)));
  for (const raw of candidates) {
    if (raw === null) continue;
    const url = normalizeUrl(raw);
    if (url === null) warnings.push(`head image dropped: unsafe URL ${raw.slice(0, 60)}`);
    else if (!promo.has(url)) return url;
  }
  return bodyImages[0] ?? null;
}
