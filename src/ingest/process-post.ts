import type { Article, ArticleMeta } from '../shared/bundle-types';
import { CLEANUP_RULES } from './cleanup-rules';
import { decodeText } from './steps/decode-text';
import { extractCredits } from './steps/extract-credits';
import { extractOriginalTitle } from './steps/extract-original-title';
import { extractStocks } from './steps/extract-stocks';
import { indexSearchText, type SearchText } from './steps/index-search-text';
import { makeArticleId } from './steps/make-article-id';
import { markSubheadings } from './steps/mark-subheadings';
import { markStocks } from './steps/mark-stocks';
import { measureText } from './steps/measure-text';
import { normalizeImages, normalizeUrl } from './steps/normalize-images';
import { normalizeMarkup } from './steps/normalize-markup';
import { parseBody } from './steps/parse-body';
import { parseCategories } from './steps/parse-categories';
import { parseDate } from './steps/parse-date';
import { pickSourceUrl } from './steps/pick-source-url';
import { readFrontMatter } from './steps/read-front-matter';
import { removeBoilerplate } from './steps/remove-boilerplate';
import { removeEmpty } from './steps/remove-empty';
import { removeRelatedBoxes } from './steps/remove-related-boxes';
import { restoreTitleQuotes } from './steps/restore-title-quotes';
import { sanitizeHtml } from './steps/sanitize-html';
import { splitFrontMatter } from './steps/split-front-matter';

/**
 * An article as one post gives it: everything but what only the whole corpus decides,
 * its neighbours in the list and the rev that hashes them in (see finishArticle).
 */
export type ArticleBody = Omit<Article, 'neighbours' | 'rev'>;

/** The metadata of an ArticleBody: an ArticleMeta until its rev is known. */
export type PendingMeta = Omit<ArticleMeta, 'rev'>;

export type PostOutcome =
  | {
      readonly ok: true;
      readonly article: ArticleBody;
      /** The body serialized, as the staging folder keeps it until the article is finished. */
      readonly json: string;
      /** The article's searchable text, read from the finished body. */
      readonly search: SearchText;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

/**
 * One post, bytes in, article out: the whole ingest pipeline for a file, in order.
 * Pure: no I/O, no clock, no globals, so the same bytes always give
 * the same article. The HTML steps share one DOM, in this order for these reasons:
 * stocks are read before comments go; related-topic boxes go before the promo pass
 * would take their heading alone; markup is normalized before the 原标题 line and the
 * credits are found (indentation gone, bold as <strong>); the 原标题 line goes before the
 * byline is looked for in the first paragraph; credits are taken before bold lines
 * become subheadings; sanitizing is last and nothing edits after it.
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
  const sourceUrl = pickSourceUrl(front.value.sourceLinks);

  const doc = parseBody(parts.value.body);
  const stocks = extractStocks(doc);
  removeRelatedBoxes(doc);
  const promoImages = removeBoilerplate(doc);
  normalizeMarkup(doc);
  const originalTitle = extractOriginalTitle(doc, title);
  const credits = extractCredits(doc);
  markSubheadings(doc);
  const normalized = normalizeImages(doc);
  const { images } = normalized;
  const warnings = sourceUrl.warning === null ? normalized.warnings : [sourceUrl.warning, ...normalized.warnings];
  markStocks(doc, stocks);
  removeEmpty(doc);
  const html = sanitizeHtml(doc);
  const text = measureText(doc);
  if (html === '' || (text.charCount === 0 && images.length === 0)) return { ok: false, reason: 'empty body' };
  const search = indexSearchText(doc, title, stocks);

  const headImage = pickHeadImage([front.value.headimg, front.value.thumbnail], promoImages, images, warnings);
  const article: ArticleBody = {
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
    originalTitle,
    sourceUrl: sourceUrl.url,
    images,
    html,
  };
  return { ok: true, article, json: JSON.stringify(article), search, warnings };
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
