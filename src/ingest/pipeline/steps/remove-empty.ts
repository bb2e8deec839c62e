import type { Document } from 'domhandler';
import { elementsOf, isBlankText, isTag, isText, setChildren, type AnyNode, type Element } from '../dom/dom-tree';

/** Elements removed when they end up with no text and no image (img, hr, td, th are never removed). */
const REMOVABLE = new Set([
  'p',
  'div',
  'span',
  'section',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'font',
  'center',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'li',
  'ul',
  'ol',
  'figure',
  'figcaption',
  'a',
  'mark',
]);

/**
 * Inline wrappers: when they hold nothing but line breaks they are not removed (a bold
 * break between two lines is still a break) but count as a break for their parent.
 */
const INLINE_WRAPPERS = new Set(['span', 'strong', 'b', 'em', 'i', 'u', 'font', 'a', 'mark']);

/**
 * Removes what cleaning left empty — paragraphs of nothing but indentation, &nbsp; and
 * line breaks, wrappers whose content was boilerplate — and the line breaks that open
 * or close a paragraph. Deepest first, so a div that held only empty paragraphs goes too.
 * A break inside an inline wrapper (`<strong><br></strong>`, an empty line left bold) is a
 * break like any other: it is trimmed at a paragraph's edges and a block of nothing but
 * such breaks goes. Each element's children are rebuilt once, when it is reached.
 */
export function removeEmpty(doc: Document): void {
  // Reversed document order visits every element after all of its descendants, so an
  // element's children have been judged (and removed if empty) when it is reached.
  const removed = new WeakSet<Element>();
  const breaksOnly = new WeakSet<Element>();
  const keepChildren = (parent: { children: AnyNode[] }): AnyNode[] => parent.children.filter((c) => !(isTag(c) && removed.has(c)));
  const isBreakOrBlank = (node: AnyNode): boolean => (isTag(node) && (node.name === 'br' || breaksOnly.has(node))) || (isText(node) && isBlankText(node.data));
  const elements = elementsOf(doc);
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    let children = keepChildren(el);
    if (el.name === 'p' || el.name === 'li' || el.name === 'figcaption') children = trimBreaks(children, isBreakOrBlank);
    if (children.length !== el.children.length) setChildren(el, children);
    if (!REMOVABLE.has(el.name)) continue;
    // Empty: nothing left but blank text (an element still here was kept: it is not empty).
    if (children.every((c) => isText(c) && isBlankText(c.data))) removed.add(el);
    else if (children.every(isBreakOrBlank)) (INLINE_WRAPPERS.has(el.name) ? breaksOnly : removed).add(el);
  }
  const top = keepChildren(doc);
  if (top.length !== doc.children.length) setChildren(doc, top);
}

function trimBreaks(children: AnyNode[], isBreakOrBlank: (node: AnyNode) => boolean): AnyNode[] {
  let start = 0;
  let end = children.length;
  while (start < end && isBreakOrBlank(children[start]!)) start++;
  while (end > start && isBreakOrBlank(children[end - 1]!)) end--;
  return start === 0 && end === children.length ? children : children.slice(start, end);
}
