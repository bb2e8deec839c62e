import type { Document } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { isSafeUrl } from '../../shared/html-policy';
import { remove } from '../dom/dom-tree';

export interface ImageResult {
  /** Every image of the body, in order, after normalization. */
  readonly images: string[];
  readonly warnings: string[];
}

/**
 * Makes image URLs fit to show: http: becomes https: (browsers block mixed content),
 * protocol-relative URLs get https:, anything that is not http(s) or root-relative is
 * not an image we will load. Images get referrerpolicy="no-referrer" (Sina's image host
 * refuses hot-links that send a Referer) and loading="lazy".
 */
export function normalizeImages(doc: Document): ImageResult {
  const images: string[] = [];
  const warnings: string[] = [];
  for (const img of DomUtils.getElementsByTagName('img', doc)) {
    const raw = img.attribs.src ?? img.attribs['data-src'] ?? '';
    const src = normalizeUrl(raw);
    if (src === null) {
      if (raw.trim() !== '') warnings.push(`image dropped: unsafe URL ${truncate(raw)}`);
      const figure = img.parent && 'name' in img.parent && img.parent.name === 'figure' ? img.parent : null;
      remove(img);
      if (figure && DomUtils.getElementsByTagName('img', figure).length === 0) remove(figure);
      continue;
    }
    const alt = img.attribs.alt?.trim() ?? '';
    img.attribs = { src, alt, referrerpolicy: 'no-referrer', loading: 'lazy' };
    images.push(src);
  }
  return { images, warnings };
}

/** A URL made safe to load, or null when it cannot be. Shared with head images. */
export function normalizeUrl(raw: string): string | null {
  let url = raw.trim();
  if (url.startsWith('//')) url = `https:${url}`;
  else if (/^http:\/\//i.test(url)) url = `https://${url.slice(7)}`;
  return isSafeUrl(url) ? url : null;
}

function truncate(text: string): string {
  const clean = text.trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}
