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
 * Removes what cleaning left empty — paragraphs of nothing but indentation, &nbsp; and
 * line breaks, wrappers whose content was boilerplate — and the line breaks that open
 * or close a paragraph. Deepest first, so a div that held only empty paragraphs goes too.
 * Each element's children are rebuilt once, when it is reached.
 */
export function removeEmpty(doc: Document): void {
  // Reversed document order visits every element after all of its descendants, so an
  // element's children have been judged (and removed if empty) when it is reached.
  const removed = new WeakSet<Element>();
  const keepChildren = (parent: { children: AnyNode[] }): AnyNode[] => parent.children.filter((c) => !(isTag(c) && removed.has(c)));
  const elements = elementsOf(doc);
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    let children = keepChildren(el);
    if (el.name === 'p' || el.name === 'li' || el.name === 'figcaption') children = trimBreaks(children);
    if (children.length !== el.children.length) setChildren(el, children);
    // Empty: nothing left but blank text (an element still here was kept: it is not empty).
    if (REMOVABLE.has(el.name) && children.every((c) => isText(c) && isBlankText(c.data))) removed.add(el);
  }
  const top = keepChildren(doc);
  if (top.length !== doc.children.length) setChildren(doc, top);
}

function isBreakOrBlank(node: AnyNode): boolean {
  return (isTag(node) && node.name === 'br') || (isText(node) && isBlankText(node.data));
}

function trimBreaks(children: AnyNode[]): AnyNode[] {
  let start = 0;
  let end = children.length;
  while (start < end && isBreakOrBlank(children[start]!)) start++;
  while (end > start && isBreakOrBlank(children[end - 1]!)) end--;
  return start === 0 && end === children.length ? children : children.slice(start, end);
}
