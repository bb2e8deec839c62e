import DOMPurify, { type Config, type UponSanitizeAttributeHookEvent } from 'dompurify';

import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  ATTRIBUTE_VALUE_PATTERNS,
  DROPPED_WITH_CONTENT,
  URL_ATTRIBUTES,
  isSafeUrl,
} from '../shared/html-policy';

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
 *   no style, no event handlers, no id or class;
 * - `href` and `src` only when they pass isSafeUrl: http(s) or root-relative, never
 *   javascript:, data: or protocol-relative;
 * - every link with an href opens in a new tab with rel="noopener noreferrer"; every
 *   image loads lazily and sends no referrer (Sina's image host refuses hot-links).
 *
 * An `<a>` without a safe href or an `<img>` without a safe src may remain, bare: the
 * renderer shows the first as text and skips the second.
 */
const purify = DOMPurify(window);

const URL_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set(URL_ATTRIBUTES);
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
  if (URL_ATTRIBUTE_NAMES.has(name) && !isSafeUrl(value)) return false;
  const pattern = ATTRIBUTE_VALUE_PATTERNS[name];
  return pattern === undefined || pattern.test(value);
}

purify.addHook('uponSanitizeAttribute', (node: Element, data: UponSanitizeAttributeHookEvent) => {
  // DOMPurify has already trimmed the value; URLs are kept trimmed.
  if (!keepsAttribute(node.localName, data.attrName, data.attrValue)) data.keepAttr = false;
});

purify.addHook('afterSanitizeAttributes', (node: Element) => {
  if (node.localName === 'a' && node.hasAttribute('href')) {
    for (const [name, value] of Object.entries(LINK_ATTRIBUTES)) node.setAttribute(name, value);
  } else if (node.localName === 'img') {
    for (const [name, value] of Object.entries(IMAGE_ATTRIBUTES)) node.setAttribute(name, value);
  }
});

/**
 * Sanitizes an article body (the bundle's `html`) into a fragment of this document.
 * The only way the reader may turn bundle HTML into DOM.
 */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  return purify.sanitize(html, CONFIG);
}
