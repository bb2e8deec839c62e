import { BUNDLE_LIMITS } from './bundle-limits';
import { displayText } from './display-text';
import { isStockCode } from './stock-markets';

/**
 * What an article body may contain once cleaned. One policy for both sides: the
 * ingest's sanitizer enforces it on the server, the reader's DOMPurify instance enforces
 * it again in the browser (bundle content is untrusted even after the ingest), and both
 * then run the same structure pass (src/shared/html-structure.ts) over the same data.
 * Anything not listed is dropped; elements not listed are unwrapped (their text stays)
 * unless they are in DROPPED_WITH_CONTENT.
 */
export const ALLOWED_TAGS = Object.freeze([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
] as const);

/** Attributes allowed per element; no element may carry any other. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  a: Object.freeze(['href', 'title']),
  img: Object.freeze(['src', 'alt', 'width', 'height', 'referrerpolicy', 'loading']),
  mark: Object.freeze(['data-stock']),
  ol: Object.freeze(['start']),
  td: Object.freeze(['colspan', 'rowspan']),
  th: Object.freeze(['colspan', 'rowspan']),
});

/**
 * Attributes whose values must match a pattern or go. `data-stock` names a stock code
 * (src/shared/stock-markets.ts: one of the known shapes); the reader looks it up.
 */
export const ATTRIBUTE_VALUE_PATTERNS: Readonly<Record<string, { test(value: string): boolean }>> = Object.freeze({
  'data-stock': Object.freeze({ test: isStockCode }),
  referrerpolicy: /^no-referrer$/,
  loading: /^lazy$/,
  width: /^\d{1,4}$/,
  height: /^\d{1,4}$/,
  colspan: /^\d{1,3}$/,
  rowspan: /^\d{1,3}$/,
  start: /^-?\d{1,6}$/,
});

/** Attributes holding URLs: their values must pass isSafeUrl or the attribute goes. */
export const URL_ATTRIBUTES = Object.freeze(['href', 'src'] as const);

/** Attributes holding text a reader sees or hears: cleaned by cleanAttributeText on both sides. */
export const TEXT_ATTRIBUTES = Object.freeze(['alt', 'title'] as const);

/**
 * Elements whose content is code, styling or embedded documents rather than article
 * text: removed with everything inside them.
 */
export const DROPPED_WITH_CONTENT = Object.freeze([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'svg',
  'math',
  'canvas',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'audio',
  'video',
  'source',
  'track',
  'link',
  'meta',
  'base',
  'head',
  'title',
] as const);

/**
 * Bounds on an article's structure, enforced by both sanitizers (html-structure.ts):
 * - `depth`: elements nest at most this deep (plus the rows and cells of a table or the
 *   items of a list at the limit); deeper content is laid flat into the element at the
 *   limit, text, line breaks and images kept. Nesting is what makes a small post costly
 *   to lay out and paint, and what pushes content out of the column.
 * - `elements`: elements of one article; past it, elements become their text.
 * - `images`: images of one article; past it, images go (each is a request).
 */
export const STRUCTURE_LIMITS = Object.freeze({
  depth: 16,
  elements: 20_000,
  images: BUNDLE_LIMITS.imagesPerArticle,
});

/**
 * Content models, as the HTML parser enforces them when it reads our output: enforcing
 * them on both sides is what makes the ingest's HTML parse back into the very tree it
 * was written from (a fixed point), in the ingest's parser and in the browser's.
 * - PHRASING: elements that sit in running text.
 * - BLOCKS: elements that start their own block; the parser closes an open <p> before
 *   each, so none may stand inside a <p>, a heading or any phrasing element.
 * - PHRASING_ONLY: containers of phrasing content only.
 * - FLOW: containers of blocks and phrasing alike.
 * - The list and table elements hold only their own parts (list items; caption, row
 *   groups, rows, cells) and stand only in their own parents.
 * - NOT_INSIDE: elements that must have no such ancestor (a link inside a link is
 *   reopened by the parser around everything after it; a stock mention is a control).
 */
export const PHRASING = Object.freeze(['br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'code', 'a', 'img'] as const);
export const BLOCKS = Object.freeze(['p', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'figure', 'figcaption', 'table', 'pre'] as const);
export const PHRASING_ONLY = Object.freeze([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'caption',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'code',
  'a',
] as const);
export const FLOW = Object.freeze(['blockquote', 'li', 'td', 'th', 'figure', 'figcaption'] as const);
export const PARTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  ul: Object.freeze(['li']),
  ol: Object.freeze(['li']),
  table: Object.freeze(['caption', 'thead', 'tbody', 'tfoot']),
  thead: Object.freeze(['tr']),
  tbody: Object.freeze(['tr']),
  tfoot: Object.freeze(['tr']),
  tr: Object.freeze(['td', 'th']),
});
export const NOT_INSIDE: Readonly<Record<string, readonly string[]>> = Object.freeze({
  a: Object.freeze(['a', 'mark']),
  mark: Object.freeze(['mark']),
});

/**
 * The shape every URL must have before it is parsed: absolute http(s) or root-relative
 * ("/images/a.png"); never protocol-relative ("//host", or "/\host", which browsers read
 * the same way), never javascript:, data:, vbscript: or anything else, and no whitespace,
 * backslashes or control characters anywhere (browsers strip some of them first).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds, on purpose
export const SAFE_URL_PATTERN = /^(?:https?:\/\/[^\s\\\u0000-\u001f\u007f]+|\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*)$/i;

/**
 * What a URL is for: a `link` the reader may follow (http or https, or a path of this
 * site), or an `image` the page loads by itself (https only: http would be mixed
 * content; or a path of this site).
 */
export type UrlUse = 'link' | 'image';

/** Any host name; only a path matters for a root-relative URL. */
const PATH_BASE = 'https://root.invalid';

/**
 * THE URL rule, for everything either side writes, renders or loads: the URL in its
 * canonical form, or null when it is not allowed for `use`. Canonical is the WHATWG
 * URL serializer's output: ASCII only (host names in punycode, so a full-width or
 * look-alike host shows as what it is; paths and queries percent-encoded), lower-case
 * scheme and host, dot segments resolved. URLs with a user name or password are refused
 * (https://bank.example@evil.example/). Idempotent: a canonical URL maps to itself.
 */
export function canonicalUrl(raw: string, use: UrlUse): string | null {
  if (raw.length > BUNDLE_LIMITS.url || !SAFE_URL_PATTERN.test(raw)) return null;
  let url: URL;
  try {
    url = raw.startsWith('/') ? new URL(raw, PATH_BASE) : new URL(raw);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  let out: string;
  if (raw.startsWith('/')) {
    if (url.origin !== PATH_BASE) return null;
    out = url.href.slice(PATH_BASE.length);
  } else {
    if (url.protocol !== 'https:' && !(use === 'link' && url.protocol === 'http:')) return null;
    out = url.href;
  }
  return out.length <= BUNDLE_LIMITS.url && SAFE_URL_PATTERN.test(out) && /^[\x21-\x7e]+$/.test(out) ? out : null;
}

/**
 * Whether `url` may appear as it is: allowed for `use` and already canonical. What the
 * reader checks (it never rewrites a URL from a bundle); the ingest writes canonicalUrl's
 * output, so everything it writes passes. Whitespace around a URL is the caller's to trim.
 */
export function isSafeUrl(url: string, use: UrlUse = 'link'): boolean {
  return canonicalUrl(url, use) === url;
}

/**
 * An alt or title as both sides keep it: no hidden or control characters (see
 * display-text.ts), no angle brackets (a value with "-->" or "</style" is one DOMPurify
 * drops, so the ingest must not write one), whitespace collapsed, trimmed, at most 300
 * characters.
 */
export function cleanAttributeText(value: string): string {
  const cleaned = displayText(value.replace(/[<>\t\n\r\f]/g, ' '));
  if (cleaned.length <= BUNDLE_LIMITS.title) return cleaned;
  const cut = cleaned.slice(0, BUNDLE_LIMITS.title);
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut).trim();
}
