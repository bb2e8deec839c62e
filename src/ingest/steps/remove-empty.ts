import type { Document } from 'domhandler';
import { elementsOf, isBlankText, isTag, isText, remove, type Element } from '../dom/dom-tree';

/** Elements that mean something even when they hold no text. */
const CONTENTFUL = new Set(['img', 'hr', 'td', 'th']);
/** Elements removed when they end up with no text and no image. */
const REMOVABLE = new Set([
  'p', 'div', 'span', 'section', 'strong', 'b', 'em', 'i', 'u', 'font', 'center',
  'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'ul', 'ol', 'figure', 'figcaption', 'a', 'mark',
]);

/**
 * Removes what cleaning left empty — paragraphs of nothing but indentation, &nbsp; and
 * line breaks, wrappers whose content was boilerplate — and the line breaks that open
 * or close a paragraph. Deepest first, so a div that held only empty paragraphs goes too.
 */
export function removeEmpty(doc: Document): void {
  // Reversed document order visits every element after all of its descendants, so an
  // element's children have been judged (and removed if empty) when it is reached.
  const kept = new WeakSet<Element>();
  for (const el of elementsOf(doc).reverse()) {
    if (el.name === 'p' || el.name === 'li' || el.name === 'figcaption') trimBreaks(el);
    const empty =
      REMOVABLE.has(el.name) &&
      el.children.every((c) => (isText(c) ? isBlankText(c.data) : isTag(c) && !kept.has(c) && !CONTENTFUL.has(c.name)));
    if (empty) remove(el);
    else kept.add(el);
  }
}

function trimBreaks(el: Element): void {
  for (const end of ['first', 'last'] as const) {
    for (;;) {
      const children = el.children;
      const node = end === 'first' ? children[0] : children[children.length - 1];
      if (node === undefined) break;
      if ((isTag(node) && node.name === 'br') || (isText(node) && isBlankText(node.data))) remove(node);
      else break;
    }
  }
}
