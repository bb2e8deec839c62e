import { BundleError } from '../../lib/bundle-error';
import { boundedText, failAt, isoDate, label, list, nullable, object, type Check } from '../../lib/check-json';
import { metaOfArticle } from '../../lib/ducai-db';
import { isRecord } from '../../lib/is-record';
import type { ArticleContent, ArticleMeta } from '../../shared/bundle-types';
import { articleId, articleMetaShape, safeLinkOrNull } from '../../bundle/bundle-checks';
import { BUNDLE_LIMITS } from '../../shared/bundle-limits';
import { beijingDayOfMs, formatDayIso } from '../../shared/beijing-day';
import { isSafeUrl } from '../../shared/html-policy';
import type { BookmarkEntry } from './bookmark-entry';

/**
 * The export file, `ducai-bookmarks-YYYYMMDD.json` (the date in Beijing time):
 *
 *   {
 *     "format": "ducai-bookmarks",          // always this string
 *     "version": 1,                         // BOOKMARKS_FILE_VERSION; bumped on any incompatible change
 *     "exportedAt": "2022-03-15T04:00:00.000Z",
 *     "bookmarks": [
 *       {
 *         "id": "20220315-…",              // the article id
 *         "savedAt": "…ISO…",              // when it was bookmarked
 *         "refreshedAt": "…ISO…" | null,   // when `article` was fetched from the bundle
 *         "meta": ArticleMeta | null,       // src/shared/bundle-types.ts
 *         "article": ArticleContent | null         // the whole article, as in articles/<id>.json
 *       }
 *     ]
 *   }
 *
 * Import checks the whole file before anything is written: one bad entry refuses the
 * file. Articles are still untrusted afterwards (the reader sanitizes their html).
 */
export const BOOKMARKS_FILE_FORMAT = 'ducai-bookmarks';
export const BOOKMARKS_FILE_VERSION = 1;
/** Bigger files are refused before being read (a few thousand articles are ~50 MB). */
export const MAX_BOOKMARKS_FILE_BYTES = 200 * 1024 * 1024;

export type BookmarksFileProblem = 'corrupt' | 'not-bookmarks' | 'version' | 'invalid' | 'duplicate' | 'too-large';

export type ParsedBookmarksFile =
  | { readonly ok: true; readonly entries: readonly BookmarkEntry[]; readonly exportedAt: string | null }
  | { readonly ok: false; readonly problem: BookmarksFileProblem; readonly detail: string };

/** The file name for an export at `now`: the Beijing calendar day. */
export function bookmarksFileName(now: Date): string {
  return `ducai-bookmarks-${formatDayIso(beijingDayOfMs(now.getTime())).replaceAll('-', '')}.json`;
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export function serializeBookmarksFile(entries: readonly BookmarkEntry[], now: Date): string {
  return JSON.stringify(
    {
      format: BOOKMARKS_FILE_FORMAT,
      version: BOOKMARKS_FILE_VERSION,
      exportedAt: now.toISOString(),
      bookmarks: entries.map((entry) => ({
        id: entry.id,
        savedAt: iso(entry.savedAt),
        refreshedAt: iso(entry.refreshedAt),
        meta: entry.meta,
        article: entry.article,
      })),
    },
    null,
    1,
  );
}

/**
 * A head image as the bundle's one URL rule allows it (https or root-relative, canonical).
 * An import file is refused for a bad one, where a bundle file only loses the image:
 * an export never writes one, so a file that holds one was edited.
 */
const imageUrl: Check<string> = (value, path) =>
  typeof value === 'string' && isSafeUrl(value, 'image') ? value : failAt(path, 'is not an https or root-relative URL');

/** Bookmarks a file may hold: far more than anyone saves, and each carries its whole article. */
export const MAX_BOOKMARKS_IN_FILE = 100_000;

const fileMetaShape = { ...articleMetaShape, headImage: nullable(imageUrl) };
const checkMeta: Check<ArticleMeta> = object(fileMetaShape);
const checkArticle: Check<ArticleContent> = object({
  ...fileMetaShape,
  html: boundedText(BUNDLE_LIMITS.articleHtml),
  images: list(imageUrl, BUNDLE_LIMITS.imagesPerArticle),
  originalTitle: nullable(label(BUNDLE_LIMITS.title, { empty: true })),
  sourceUrl: safeLinkOrNull,
});

const checkEntry = object({
  id: articleId,
  savedAt: isoDate,
  refreshedAt: nullable(isoDate),
  meta: nullable(checkMeta),
  article: nullable(checkArticle),
});

/** The file's own checks reuse the bundle's, whose messages start with a file name; drop it. */
const FILE_LABEL = 'bookmarks.json';

function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${FILE_LABEL}: `) ? message.slice(FILE_LABEL.length + 2) : message;
}

/**
 * Checks a whole export file and returns its entries, or the first problem found. Never
 * throws. `missingSince` is not part of the file: whether the bundle still holds an
 * article is found out again on this device.
 */
export function parseBookmarksFile(raw: string): ParsedBookmarksFile {
  let value: unknown;
  try {
    value = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch (error) {
    return { ok: false, problem: 'corrupt', detail: detailOf(error) };
  }
  if (!isRecord(value) || value.format !== BOOKMARKS_FILE_FORMAT) {
    return { ok: false, problem: 'not-bookmarks', detail: `format is not "${BOOKMARKS_FILE_FORMAT}"` };
  }
  if (value.version !== BOOKMARKS_FILE_VERSION) {
    return {
      ok: false,
      problem: 'version',
      detail: `version ${JSON.stringify(value.version) ?? 'missing'}, expected ${BOOKMARKS_FILE_VERSION}`,
    };
  }
  if (!Array.isArray(value.bookmarks)) {
    return { ok: false, problem: 'invalid', detail: 'bookmarks is not a list' };
  }
  if (value.bookmarks.length > MAX_BOOKMARKS_IN_FILE) {
    return { ok: false, problem: 'invalid', detail: `bookmarks has ${value.bookmarks.length} entries, more than ${MAX_BOOKMARKS_IN_FILE}` };
  }
  const exportedAt = typeof value.exportedAt === 'string' && !Number.isNaN(Date.parse(value.exportedAt)) ? value.exportedAt : null;

  const entries: BookmarkEntry[] = [];
  const seen = new Set<string>();
  for (const [i, item] of value.bookmarks.entries()) {
    const path = `${FILE_LABEL}.bookmarks[${i}]`;
    let checked: ReturnType<typeof checkEntry>;
    try {
      checked = checkEntry(item, path);
    } catch (error) {
      if (!(error instanceof BundleError)) throw error;
      return { ok: false, problem: 'invalid', detail: detailOf(error) };
    }
    const { id, article, meta } = checked;
    if (article && article.id !== id) {
      return { ok: false, problem: 'invalid', detail: `bookmarks[${i}].article.id is ${article.id}, not ${id}` };
    }
    if (meta && meta.id !== id) {
      return { ok: false, problem: 'invalid', detail: `bookmarks[${i}].meta.id is ${meta.id}, not ${id}` };
    }
    if (seen.has(id)) return { ok: false, problem: 'duplicate', detail: id };
    seen.add(id);
    const savedAt = Date.parse(checked.savedAt);
    entries.push({
      id,
      savedAt,
      article,
      meta: article ? metaOfArticle(article) : meta,
      rev: article?.rev ?? null,
      refreshedAt: article ? (checked.refreshedAt === null ? savedAt : Date.parse(checked.refreshedAt)) : null,
      missingSince: null,
    });
  }
  return { ok: true, entries, exportedAt };
}
