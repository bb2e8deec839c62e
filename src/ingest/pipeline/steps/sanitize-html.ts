import type { Document } from 'domhandler';
import { Element, Text } from 'domhandler';
import render from 'dom-serializer';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  ATTRIBUTE_VALUE_PATTERNS,
  DROPPED_WITH_CONTENT,
  STRUCTURE_LIMITS,
  TEXT_ATTRIBUTES,
  URL_ATTRIBUTES,
  canonicalUrl,
  cleanAttributeText,
} from '../../../shared/html-policy';
import { enforceStructure } from '../../../shared/html-structure';
import type { StructureTree } from '../../../shared/structure-tree';
import { isTag, isText, setChildren, type AnyNode, type ParentNode } from '../dom/dom-tree';

const ALLOWED = new Set<string>(ALLOWED_TAGS);
const DROPPED = new Set<string>(DROPPED_WITH_CONTENT);
const URL_ATTRS = new Set<string>(URL_ATTRIBUTES);
const TEXT_ATTRS = new Set<string>(TEXT_ATTRIBUTES);
const NO_ATTRIBUTES: readonly string[] = [];

/** htmlparser2's tree as the shared structure pass sees it. */
export const DOMHANDLER_TREE: StructureTree<AnyNode> = Object.freeze({
  name: (node: AnyNode) => (isTag(node) ? node.name : null),
  children: (node: AnyNode) => ('children' in node ? node.children : []),
  setChildren: (node: AnyNode, children: readonly AnyNode[]) => setChildren(node as ParentNode, [...children]),
  text: (node: AnyNode) => (isText(node) ? node.data : ''),
  setText: (node: AnyNode, text: string) => {
    if (isText(node)) node.data = text;
  },
  createElement: (name: string) => new Element(name, {}),
  createText: (text: string) => new Text(text),
});

/**
 * The last step: reduces the tree to the shared allow-list, runs the shared structure
 * pass (src/shared/html-structure.ts: content models, depth, counts, text) and
 * serializes it. Elements not allowed are unwrapped (their text stays) or, for code and
 * embeds, dropped whole; attributes not allowed for their element go; URLs are written
 * in canonical form or go (html-policy.ts, canonicalUrl). The output is the bundle's
 * `html`, and a fixed point: parsed and sanitized again, by this step or by the reader's
 * DOMPurify, it comes out the same (test/sanitizer-fixed-point.test.ts). Nothing may edit
 * the HTML after this step: any change would bypass the allow-list.
 */
export function sanitizeHtml(doc: Document): { readonly html: string; readonly warnings: string[] } {
  applyAllowList(doc);
  const cuts = enforceStructure<AnyNode>(doc, DOMHANDLER_TREE);
  collapseBlankRuns(doc);
  const html = render(doc.children, { encodeEntities: 'utf8', decodeEntities: true, emptyAttrs: true }).trim();
  const warnings: string[] = [];
  if (cuts.flattened > 0) warnings.push(`${cuts.flattened} elements nested deeper than ${STRUCTURE_LIMITS.depth} levels laid flat`);
  if (cuts.elements > 0) warnings.push(`${cuts.elements} elements past the ${STRUCTURE_LIMITS.elements} an article keeps became text or were dropped`);
  if (cuts.images > 0) warnings.push(`${cuts.images} images past the ${STRUCTURE_LIMITS.images} an article keeps dropped`);
  return { html, warnings };
}

type Verdict = 'keep' | 'unwrap' | 'drop';

/** One walk, top down, each parent's children rebuilt once; unwrapped children are judged in their new place. */
function applyAllowList(doc: Document): void {
  const parents: ParentNode[] = [doc];
  while (parents.length > 0) {
    const parent = parents.pop()!;
    const work = [...parent.children].reverse();
    const next: AnyNode[] = [];
    while (work.length > 0) {
      const node = work.pop()!;
      if (isText(node)) {
        next.push(node);
        continue;
      }
      if (!isTag(node)) continue; // comments, CDATA, processing instructions
      const verdict = judge(node);
      if (verdict === 'unwrap') {
        for (let i = node.children.length - 1; i >= 0; i--) work.push(node.children[i]!);
      } else if (verdict === 'keep') {
        next.push(node);
        parents.push(node);
      }
    }
    setChildren(parent, next);
  }
}

/** Filters `el`'s attributes in place and says what becomes of it. */
function judge(el: Element): Verdict {
  const name = el.name.toLowerCase();
  if (DROPPED.has(name)) return 'drop';
  if (!ALLOWED.has(name)) return 'unwrap';
  el.name = name;
  const allowed = ALLOWED_ATTRIBUTES[name] ?? NO_ATTRIBUTES;
  const attribs: Record<string, string> = {};
  for (const attr of allowed) {
    const raw = el.attribs[attr];
    if (raw === undefined) continue;
    let value: string | null = raw;
    if (URL_ATTRS.has(attr)) value = canonicalUrl(raw.trim(), attr === 'src' ? 'image' : 'link');
    else if (TEXT_ATTRS.has(attr)) value = cleanAttributeText(raw);
    if (value === null) continue;
    const pattern = ATTRIBUTE_VALUE_PATTERNS[attr];
    if (pattern && !pattern.test(value)) continue;
    attribs[attr] = value;
  }
  el.attribs = attribs;
  // An image without a source shows nothing; a link without a target is just text;
  // a mark without a stock highlights nothing the reader can explain.
  if (name === 'img' && attribs.src === undefined) return 'drop';
  if ((name === 'a' && attribs.href === undefined) || (name === 'mark' && attribs['data-stock'] === undefined)) return 'unwrap';
  return 'keep';
}

/**
 * Removed boilerplate leaves runs of blank lines between blocks; one line break is
 * all the source's layout needs. Only whitespace-only text containing a newline is
 * touched, so spaces between inline elements stay; <pre> keeps its own. After the
 * structure pass, whose texts are merged: each such text is one node, and the result is
 * what parsing it again gives (a fixed point).
 */
function collapseBlankRuns(doc: Document): void {
  const stack: ParentNode[] = [doc];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    for (const node of parent.children) {
      if (isText(node) && node.data !== '\n' && node.data.includes('\n') && node.data.trim() === '') node.data = '\n';
      else if (isTag(node) && node.name !== 'pre') stack.push(node);
    }
  }
}
