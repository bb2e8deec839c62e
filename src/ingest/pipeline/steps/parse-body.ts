import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';

import { isTag, nodesOf, setChildren, type AnyNode, type Element } from '../dom/dom-tree';

const HAS_MARKUP = /<[a-z!/]/i;

/**
 * Elements deeper than this are laid out flat, as browsers do (Chromium at 512): past it,
 * every descendant of the element at this depth becomes a child of it, in document order,
 * text and comments included, so nothing is lost but the nesting. No article nests this
 * deep; a body that does is built to stress us, and every step's walk up the tree is then
 * bounded by this number.
 */
export const MAX_PARSE_DEPTH = 128;

/**
 * Open elements the parser may hold at once. htmlparser2 keeps its open elements in an
 * array it shifts at the front, so each tag costs it the depth at that point: a body of
 * 100,000 unclosed tags would cost it 10^10 steps. Past this depth the post is refused
 * (BodyTooDeepError) before that cost adds up; legacy HTML with a few hundred unclosed
 * <font>s still parses (and is laid flat below MAX_PARSE_DEPTH).
 */
export const MAX_OPEN_ELEMENTS = 2048;

export class BodyTooDeepError extends Error {
  override readonly name = 'BodyTooDeepError';
  constructor() {
    super(`markup nested more than ${MAX_OPEN_ELEMENTS} elements deep`);
  }
}

class BoundedHandler extends DomHandler {
  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.tagStack.length > MAX_OPEN_ELEMENTS) throw new BodyTooDeepError();
    super.onopentag(name, attribs);
  }
}

/**
 * Parses the body with a real HTML parser (htmlparser2): unquoted attributes, unclosed
 * tags and stray comments are all handled the way a browser would. A body with no
 * markup at all (a plain-text or Markdown-ish post) becomes one paragraph per blank-line
 * separated block, so it reads as paragraphs rather than one wall of text. Throws
 * BodyTooDeepError for a body nested past MAX_OPEN_ELEMENTS.
 */
export function parseBody(body: string): Document {
  return parseHtml(HAS_MARKUP.test(body) ? body : paragraphsOf(body));
}

/** HTML as parseBody reads markup (no plain-text guess): for reading the ingest's own output again. */
export function parseHtml(html: string): Document {
  const handler = new BoundedHandler();
  new Parser(handler, { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false }).end(html);
  const doc = handler.root;
  capDepth(doc, MAX_PARSE_DEPTH);
  return doc;
}

function capDepth(doc: Document, max: number): void {
  const stack: { node: Element; depth: number }[] = [];
  for (const child of doc.children) if (isTag(child)) stack.push({ node: child, depth: 1 });
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth < max) {
      for (const child of node.children) if (isTag(child)) stack.push({ node: child, depth: depth + 1 });
      continue;
    }
    const flat: AnyNode[] = nodesOf(node);
    for (const descendant of flat) if ('children' in descendant) descendant.children = [];
    setChildren(node, flat);
  }
}

function paragraphsOf(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => `<p>${escapeText(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
