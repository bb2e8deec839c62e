import type { Article, ArticleMeta } from '../../shared/bundle-types';
import { BUNDLE_LIMITS } from '../../shared/bundle-limits';
import { clampText, displayText } from '../../shared/display-text';
import { SITE_RULES, rulesForSource, type SiteRules } from './cleanup-rules';
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
import { BodyTooDeepError, parseBody } from './steps/parse-body';
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
 * Characters of a post's body (the raw HTML after the front matter) the pipeline will
 * parse. Every step is linear in the body (scripts/bench-pathological.ts measures it),
 * but a body past this is no news article, and its cleaned HTML would be past what an
 * article file may hold (BUNDLE_LIMITS.articleHtml) anyway.
 */
export const MAX_BODY_CHARS = 5_000_000;

/**
 * One post, bytes in, article out: the whole ingest pipeline for a file, in order.
 * Pure: no I/O, no clock, no globals, so the same bytes always give
 * the same article. The HTML steps share one DOM, in this order for these reasons:
 * stocks are read before comments go; related-topic boxes go before the promo pass
 * would take their heading alone; markup is normalized before the 原标题 line and the
 * credits are found (indentation gone, bold as <strong>); the 原标题 line goes before the
 * byline is looked for in the first paragraph; credits are taken before bold lines
 * become subheadings; sanitizing is last and nothing edits after it.
 *
 * The site's quirks are data: the cleanup rules of `sites` that match the host of the
 * post's source URL (rulesForSource; Sina's when none does) are handed to every step.
 *
 * Bounded: a body over MAX_BODY_CHARS, or whose cleaned HTML is over
 * BUNDLE_LIMITS.articleHtml, is refused with its size as the reason; labels (title,
 * source, credits, categories, stock names) are cleaned of hidden characters and cut
 * to BUNDLE_LIMITS, with a warning where something was cut.
 */
export function processPost(bytes: Uint8Array, sites: SiteRules = SITE_RULES): PostOutcome {
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
  // Cut before the quote restoration looks at it: a megabyte "title" is not one.
  const fullTitle = displayText(restoreTitleQuotes(front.value.title.slice(0, 4 * BUNDLE_LIMITS.title)));
  if (fullTitle === '') return { ok: false, reason: 'missing title' };
  const title = clampText(fullTitle, BUNDLE_LIMITS.title);
  const sourceUrl = pickSourceUrl(front.value.sourceLinks);
  const rules = rulesForSource(sourceUrl.url, sites);
  const body = parts.value.body;
  if (body.length > MAX_BODY_CHARS) {
    return { ok: false, reason: `body too large (${body.length} characters; posts are at most ${MAX_BODY_CHARS})` };
  }

  let doc;
  try {
    doc = parseBody(body);
  } catch (error) {
    if (error instanceof BodyTooDeepError) return { ok: false, reason: error.message };
    throw error;
  }
  const { stocks, warning: stocksWarning } = extractStocks(doc, rules);
  removeRelatedBoxes(doc, rules);
  const promoImages = removeBoilerplate(doc, rules);
  normalizeMarkup(doc, rules);
  const originalTitle = extractOriginalTitle(doc, title, rules);
  const credits = extractCredits(doc, rules);
  markSubheadings(doc, rules);
  const normalized = normalizeImages(doc);
  const { images } = normalized;
  const warnings = [
    ...(title === fullTitle ? [] : [`title cut to ${BUNDLE_LIMITS.title} characters`]),
    ...[sourceUrl.warning, categories.value.warning, stocksWarning].filter((w): w is string => w !== null),
    ...normalized.warnings,
  ];
  markStocks(doc, stocks, rules);
  removeEmpty(doc);
  const { html, warnings: structureWarnings } = sanitizeHtml(doc);
  warnings.push(...structureWarnings);
  if (html.length > BUNDLE_LIMITS.articleHtml) {
    return { ok: false, reason: `body too large once cleaned (${html.length} characters; an article is at most ${BUNDLE_LIMITS.articleHtml})` };
  }
  const text = measureText(doc);
  if (html === '' || (text.charCount === 0 && images.length === 0)) return { ok: false, reason: 'empty body' };
  const search = indexSearchText(doc, title, stocks);

  const headImage = pickHeadImage([front.value.headimg, front.value.thumbnail], [...promoImages, ...rules.promoImages], images, warnings);
  const article: ArticleBody = {
    id: makeArticleId(title, date.value),
    title,
    date: date.value,
    source: clampText(displayText(front.value.author ?? categories.value.paths[0]?.[1] ?? ''), BUNDLE_LIMITS.shortText),
    categories: categories.value.paths,
    stocks,
    summary: text.summary,
    charCount: text.charCount,
    readingMinutes: text.readingMinutes,
    headImage,
    byline: credits.byline === null ? null : clampText(credits.byline, BUNDLE_LIMITS.shortText),
    editor: credits.editor === null ? null : clampText(credits.editor, BUNDLE_LIMITS.shortText),
    originalTitle: originalTitle === null ? null : clampText(originalTitle, BUNDLE_LIMITS.title),
    sourceUrl: sourceUrl.url,
    images,
    html,
  };
  const json = JSON.stringify(article);
  return { ok: true, article, json, search, warnings };
}

/**
 * The front matter's head image, unless it is unsafe or one of `promoImages` (the site's
 * promo images and those the removed boilerplate carried, such as the app's QR code);
 * else the body's first image; else none.
 */
function pickHeadImage(
  candidates: readonly (string | null)[],
  promoImages: readonly string[],
  bodyImages: readonly string[],
  warnings: string[],
): string | null {
  const promo = new Set(promoImages.map((url) => normalizeUrl(url)));
  for (const raw of candidates) {
    if (raw === null) continue;
    const url = normalizeUrl(raw);
    if (url === null) warnings.push(`head image dropped: unsafe URL ${raw.slice(0, 60)}`);
    else if (!promo.has(url)) return url;
  }
  return bodyImages[0] ?? null;
}
