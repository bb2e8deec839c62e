import type { Document } from 'domhandler';
import { BUNDLE_LIMITS } from '../../../shared/bundle-limits';
import { canonicalUrl } from '../../../shared/html-policy';
import { DomEdits, elementsNamed, isTag, type Element } from '../dom/dom-tree';

/** Unsafe images named one by one in the report; past this, a count. */
const MAX_WARNINGS = 10;

export interface ImageResult {
  /** Every image of the body, in order, after normalization (at most BUNDLE_LIMITS.imagesPerArticle). */
  readonly images: string[];
  readonly warnings: string[];
}

/**
 * Makes image URLs fit to show: http: becomes https: (browsers block mixed content),
 * protocol-relative URLs get https:, anything that is not https or root-relative is not
 * an image we will load, and every URL is written in canonical form (html-policy.ts).
 * Images get referrerpolicy="no-referrer" (Sina's image host refuses hot-links that send
 * a Referer) and loading="lazy". Past BUNDLE_LIMITS.imagesPerArticle, images are
 * dropped: each is a request when the article opens.
 */
export function normalizeImages(doc: Document): ImageResult {
  const images: string[] = [];
  const warnings: string[] = [];
  const edits = new DomEdits();
  const figures = new Map<Element, number>();
  let over = 0;
  let unsafe = 0;
  for (const img of elementsNamed(doc, 'img')) {
    const raw = sourceOf(img);
    const src = normalizeUrl(raw);
    if (src === null || images.length >= BUNDLE_LIMITS.imagesPerArticle) {
      if (src === null && raw.trim() !== '' && unsafe++ < MAX_WARNINGS) warnings.push(`image dropped: unsafe URL ${truncate(raw)}`);
      if (src !== null) over++;
      edits.remove(img);
      const figure = figureOf(img);
      if (figure) figures.set(figure, (figures.get(figure) ?? 0) + 1);
      continue;
    }
    const alt = img.attribs.alt?.trim() ?? '';
    img.attribs = { src, alt, referrerpolicy: 'no-referrer', loading: 'lazy' };
    images.push(src);
  }
  // A figure whose every image went is a caption without a picture: it goes too.
  for (const [figure, dropped] of figures) {
    if (elementsNamed(figure, 'img').length === dropped) edits.remove(figure);
  }
  edits.apply();
  if (unsafe > MAX_WARNINGS) warnings.push(`images dropped: ${unsafe - MAX_WARNINGS} more with unsafe URLs`);
  if (over > 0) warnings.push(`images dropped: ${over} past the ${BUNDLE_LIMITS.imagesPerArticle} an article keeps`);
  return { images, warnings };
}

/**
 * The image's URL. Lazy-loading pages put the real one in data-src and a placeholder in
 * src (a data: pixel, a blank, a spinner GIF's data URL): the placeholder is not the image.
 */
function sourceOf(img: Element): string {
  const src = img.attribs.src?.trim() ?? '';
  const lazy = img.attribs['data-src']?.trim() ?? '';
  if (lazy !== '' && (src === '' || /^data:/i.test(src))) return lazy;
  return src;
}

/** Links and inline wrappers an image may sit in inside its figure; deeper is not a figure's image. */
const MAX_FIGURE_DEPTH = 3;

/** The figure the image illustrates: its parent, or an ancestor through a link or wrapper. */
function figureOf(img: Element): Element | null {
  let node = img.parent;
  for (let depth = 0; depth <= MAX_FIGURE_DEPTH && node && isTag(node); depth++, node = node.parent) {
    if (node.name === 'figure') return node;
  }
  return null;
}

/** A URL made safe to load, in canonical form, or null when it cannot be. Shared with head images. */
export function normalizeUrl(raw: string): string | null {
  let url = raw.trim();
  if (url.startsWith('//')) url = `https:${url}`;
  else if (/^http:\/\//i.test(url)) url = `https://${url.slice(7)}`;
  return canonicalUrl(url, 'image');
}

function truncate(text: string): string {
  const clean = text.trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}
