import DOMPurify, { type Config, type UponSanitizeAttributeHookEvent } from 'dompurify';

import { BUNDLE_LIMITS } from '../shared/bundle-limits';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  ATTRIBUTE_VALUE_PATTERNS,
  DROPPED_WITH_CONTENT,
  TEXT_ATTRIBUTES,
  URL_ATTRIBUTES,
  cleanAttributeText,
  isSafeUrl,
} from '../shared/html-policy';
import { enforceStructure } from '../shared/html-structure';
import type { StructureTree } from '../shared/structure-tree';
import { parseWithPolicy } from './trusted-types';

/**
 * THE DOMPurify instance of the app, configured here and nowhere else: every hook lives
 * in this module and nothing calls setConfig. The policy is src/shared/html-policy.ts,
 * the same allow-list the ingest enforces; bundle HTML is untrusted even so.
 *
 * What the output guarantees:
 * - only ALLOWED_TAGS; other elements are unwrapped (their text stays), and code, embeds,
 *   forms and documents (DROPPED_WITH_CONTENT) go with everything inside them;
 * - only the attributes ALLOWED_ATTRIBUTES lists for each element (DOMPurify's ALLOWED_ATTR
 *   is global, so a hook checks the element), with values matching ATTRIBUTE_VALUE_PATTERNS;
 *   no style, no event handlers, no id or class; alt and title cleaned (cleanAttributeText);
 * - `href` only when isSafeUrl(…, 'link') and `src` only when isSafeUrl(…, 'image'): http(s)
 *   (https for images) or root-relative, in canonical form, never javascript:, data: or
 *   protocol-relative;
 * - the structure the ingest writes (src/shared/html-structure.ts, the same pass): content
 *   models, no link inside a link, at most 16 levels, 20,000 elements and 100 images,
 *   clean text; the walk over it is iterative;
 * - every link with an href opens in a new tab with rel="noopener noreferrer"; every
 *   image loads lazily and sends no referrer (Sina's image host refuses hot-links).
 *
 * An `<a>` without a safe href or an `<img>` without a safe src may remain, bare: the
 * renderer shows the first as text and skips the second. HTML longer than
 * BUNDLE_LIMITS.articleHtml is not parsed at all (the schema check refuses such files
 * first; this is the backstop).
 */
const purify = DOMPurify(window);

const URL_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set(URL_ATTRIBUTES);
const TEXT_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set(TEXT_ATTRIBUTES);
const NO_ATTRIBUTES: readonly string[] = [];

/** Attributes the sanitizer itself sets; ALLOWED_ATTRIBUTES does not list them for links. */
const LINK_ATTRIBUTES = Object.freeze({ rel: 'noopener noreferrer', target: '_blank' });
const IMAGE_ATTRIBUTES = Object.freeze({ referrerpolicy: 'no-referrer', loading: 'lazy' });

const CONFIG = Object.freeze({
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  // Global union; the hook below narrows it to the element's own list.
  ALLOWED_ATTR: [...new Set(Object.values(ALLOWED_ATTRIBUTES).flat())],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
  KEEP_CONTENT: true,
  SAFE_FOR_XML: true,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config);

function keepsAttribute(tag: string, name: string, value: string): boolean {
  if (!(ALLOWED_ATTRIBUTES[tag] ?? NO_ATTRIBUTES).includes(name)) return false;
  if (URL_ATTRIBUTE_NAMES.has(name) && !isSafeUrl(value, name === 'src' ? 'image' : 'link')) return false;
  const pattern = ATTRIBUTE_VALUE_PATTERNS[name];
  return pattern === undefined || pattern.test(value);
}

purify.addHook('uponSanitizeAttribute', (node: Element, data: UponSanitizeAttributeHookEvent) => {
  // DOMPurify has already trimmed the value; URLs are kept trimmed.
  if (TEXT_ATTRIBUTE_NAMES.has(data.attrName)) data.attrValue = cleanAttributeText(data.attrValue);
  if (!keepsAttribute(node.localName, data.attrName, data.attrValue)) data.keepAttr = false;
});

purify.addHook('afterSanitizeAttributes', (node: Element) => {
  if (node.localName === 'a' && node.hasAttribute('href')) {
    for (const [name, value] of Object.entries(LINK_ATTRIBUTES)) node.setAttribute(name, value);
  } else if (node.localName === 'img') {
    for (const [name, value] of Object.entries(IMAGE_ATTRIBUTES)) node.setAttribute(name, value);
  }
});

/** The DOM as the shared structure pass sees it. */
function domTree(document: Document): StructureTree<Node> {
  return {
    name: (node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? (node as Element).localName
        : node.nodeType === Node.TEXT_NODE
          ? null
          : node.nodeType === Node.DOCUMENT_FRAGMENT_NODE
            ? '#fragment'
            : null,
    children: (node) => Array.from(node.childNodes),
    setChildren: (node, children) => {
      const holder = document.createDocumentFragment();
      for (const child of children) holder.appendChild(child);
      while (node.firstChild) node.removeChild(node.firstChild);
      node.appendChild(holder);
    },
    text: (node) => (node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : ''),
    setText: (node, text) => {
      if (node.nodeType === Node.TEXT_NODE) node.nodeValue = text;
    },
    createElement: (name) => document.createElement(name),
    createText: (text) => document.createTextNode(text),
  };
}

/**
 * Sanitizes an article body (the bundle's `html`) into a fragment of this document.
 * The only way the reader may turn bundle HTML into DOM.
 */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  const input = html.length > BUNDLE_LIMITS.articleHtml ? '' : html;
  const sanitized: DocumentFragment | null = parseWithPolicy((policy) => purify.sanitize(input, { ...CONFIG, TRUSTED_TYPES_POLICY: policy }));
  // DOMPurify answers null when its parser gave no body: nothing to show.
  const fragment = sanitized ?? document.implementation.createHTMLDocument('').createDocumentFragment();
  enforceStructure<Node>(fragment, domTree(fragment.ownerDocument));
  return fragment;
}
