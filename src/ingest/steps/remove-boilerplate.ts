import type { Document } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { DROPPED_WITH_CONTENT } from '../../shared/html-policy';
import { CLEANUP_RULES } from '../cleanup-rules';
import { elementsOf, hasClass, isBlankText, remove, textOf, type Element } from '../dom/dom-tree';

const DROPPED = new Set<string>(DROPPED_WITH_CONTENT);
const PROMO_BLOCKS = new Set(['p', 'div', 'section']);

/**
 * Removes what is not the article: comments, scripts, styles, embeds, the site's promo
 * blocks and empty live-quote placeholders. Returns the image URLs that stood in
 * removed blocks, so a head image that is really the promo QR code can be recognised.
 */
export function removeBoilerplate(doc: Document): Set<string> {
  const removedImages = new Set<string>();
  for (const node of DomUtils.filter((n) => n.type === 'comment' || n.type === 'directive' || n.type === 'cdata', doc.children)) {
    remove(node);
  }
  for (const el of elementsOf(doc)) {
    if (el.parent === null) continue; // inside something already removed
    if (DROPPED.has(el.name) || isSiteBoilerplate(el) || isQuotePlaceholder(el)) {
      for (const img of DomUtils.getElementsByTagName('img', el)) {
        if (img.attribs.src) removedImages.add(img.attribs.src.trim());
      }
      remove(el);
    }
  }
  return removedImages;
}

function isSiteBoilerplate(el: Element): boolean {
  if (CLEANUP_RULES.removedClasses.some((name) => hasClass(el, name))) return true;
  if (!PROMO_BLOCKS.has(el.name)) return false;
  const text = textOf(el);
  return text.length <= CLEANUP_RULES.promoMaxLength && CLEANUP_RULES.promoPhrases.some((p) => text.includes(p));
}

function isQuotePlaceholder(el: Element): boolean {
  return (
    el.name === 'span' &&
    (el.attribs.id ?? '').startsWith(CLEANUP_RULES.quotePlaceholderIdPrefix) &&
    isBlankText(textOf(el))
  );
}
