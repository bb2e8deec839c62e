import type { Document } from 'domhandler';
import { DROPPED_WITH_CONTENT } from '../../../shared/html-policy';
import type { CleanupRules } from '../cleanup-rules';
import {
  DomEdits,
  closestElement,
  elementsNamed,
  hasClass,
  isBlankText,
  isTag,
  isText,
  textNodesOf,
  textOf,
  type AnyNode,
  type Element,
} from '../dom/dom-tree';

const DROPPED = new Set<string>(DROPPED_WITH_CONTENT);
const PROMO_BLOCKS = new Set(['p', 'div', 'section']);

/**
 * Removes what is not the article: comments, scripts, styles, embeds, the site's promo
 * blocks and lines (本文来自…APP) and empty live-quote placeholders. Returns the image
 * URLs that stood in removed blocks, so a head image that is really the promo QR code
 * can be recognised. Two passes, each one walk of the tree with its removals applied at
 * once; a dropped element's content is not walked.
 */
export function removeBoilerplate(doc: Document, rules: CleanupRules): Set<string> {
  const removedImages = new Set<string>();
  const drop = (el: Element, edits: DomEdits): void => {
    for (const img of elementsNamed(el, 'img')) {
      if (img.attribs.src) removedImages.add(img.attribs.src.trim());
    }
    edits.remove(el);
  };
  const edits = new DomEdits();
  const stack: AnyNode[] = [...doc.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isTag(node)) {
      if (DROPPED.has(node.name) || hasRemovedClass(node, rules) || isQuotePlaceholder(node, rules)) drop(node, edits);
      else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    } else if (!isText(node)) {
      edits.remove(node); // comments, CDATA, processing instructions
    }
  }
  edits.apply();
  // Promo lines are found from their phrase (or, for whole-line patterns, from the APP
  // they name), then removed as the short block around it. A block is judged once, as a
  // whole, however many of its text nodes name a phrase or an APP.
  const judged = new Set<Element>();
  const promos = new DomEdits();
  for (const text of textNodesOf(doc)) {
    if (!APP.test(text.data) && !rules.promoPhrases.some((phrase) => text.data.includes(phrase))) continue;
    const block = closestElement(text, (el) => PROMO_BLOCKS.has(el.name));
    if (!block || judged.has(block) || promos.isGone(block)) continue;
    judged.add(block);
    if (isPromoLine(textOf(block).trim(), rules)) drop(block, promos);
  }
  promos.apply();
  return removedImages;
}

function isPromoLine(line: string, rules: CleanupRules): boolean {
  if (line.length > rules.promoMaxLength) return false;
  const collapsed = line.replace(/[\s\u00a0\u3000]+/g, ' ');
  return rules.promoPhrases.some((phrase) => line.includes(phrase)) || rules.promoLines.some((pattern) => pattern.test(collapsed));
}

/** The word every whole-line promo pattern names; other text is not tested against them. */
const APP = /app/i;

function hasRemovedClass(el: Element, rules: CleanupRules): boolean {
  return el.attribs.class !== undefined && rules.removedClasses.some((name) => hasClass(el, name));
}

function isQuotePlaceholder(el: Element, rules: CleanupRules): boolean {
  return el.name === 'span' && (el.attribs.id ?? '').startsWith(rules.quotePlaceholderIdPrefix) && isBlankText(textOf(el));
}
