import type { Document } from 'domhandler';
import render from 'dom-serializer';
import {
  ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ATTRIBUTE_VALUE_PATTERNS, DROPPED_WITH_CONTENT, URL_ATTRIBUTES, isSafeUrl,
} from '../../shared/html-policy';
import { isTag, isText, remove, unwrap, type AnyNode, type ParentNode } from '../dom/dom-tree';

const ALLOWED = new Set<string>(ALLOWED_TAGS);
const DROPPED = new Set<string>(DROPPED_WITH_CONTENT);
const URL_ATTRS = new Set<string>(URL_ATTRIBUTES);
const NO_ATTRIBUTES: readonly string[] = [];

/**
 * The last step: reduces the tree to the shared allow-list and serializes it. Elements
 * not allowed are unwrapped (their text stays) or, for code and embeds, dropped whole;
 * attributes not allowed for their element go; URLs must be http(s) or root-relative.
 * The output is the bundle's `html`. Nothing may edit the HTML after this step: any
 * change would bypass the allow-list. (The reader sanitizes again with DOMPurify.)
 */
export function sanitizeHtml(doc: Document): string {
  clean(doc);
  return render(doc.children, { encodeEntities: 'utf8', decodeEntities: true, emptyAttrs: true }).trim();
}

function clean(parent: ParentNode): void {
  // Iterate over a copy: unwrapping splices children into `parent`, and those are
  // visited when the loop reaches them through the recursion below.
  for (const node of [...parent.children]) cleanNode(node);
  collapseBlankRuns(parent);
}

/**
 * Removed boilerplate leaves runs of blank lines between blocks; one line break is
 * all the source's layout needs. Only whitespace-only text containing a newline is
 * touched, so spaces between inline elements stay.
 */
function collapseBlankRuns(parent: ParentNode): void {
  let previousWasBreak = false;
  for (const node of [...parent.children]) {
    const isBreak = isText(node) && node.data.includes('\n') && node.data.trim() === '';
    if (isBreak && previousWasBreak) remove(node);
    else if (isBreak && isText(node)) node.data = '\n';
    previousWasBreak = isBreak;
  }
}

function cleanNode(node: AnyNode): void {
  if (isText(node)) return;
  if (!isTag(node)) {
    remove(node);
    return;
  }
  const name = node.name.toLowerCase();
  if (DROPPED.has(name)) {
    remove(node);
    return;
  }
  clean(node);
  if (!ALLOWED.has(name)) {
    unwrap(node);
    return;
  }
  node.name = name;
  const allowed = ALLOWED_ATTRIBUTES[name] ?? NO_ATTRIBUTES;
  const attribs: Record<string, string> = {};
  for (const attr of allowed) {
    const value = node.attribs[attr];
    if (value === undefined) continue;
    if (URL_ATTRS.has(attr) && !isSafeUrl(value.trim())) continue;
    const pattern = ATTRIBUTE_VALUE_PATTERNS[attr];
    if (pattern && !pattern.test(value)) continue;
    attribs[attr] = URL_ATTRS.has(attr) ? value.trim() : value;
  }
  node.attribs = attribs;
  // An image without a source shows nothing; a link without a target is just text;
  // a mark without a stock highlights nothing the reader can explain.
  if (name === 'img' && attribs.src === undefined) remove(node);
  else if ((name === 'a' && attribs.href === undefined) || (name === 'mark' && attribs['data-stock'] === undefined)) {
    unwrap(node);
  }
}
