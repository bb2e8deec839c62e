/**
 * What an article body may contain once cleaned. One allow-list for both sides: the
 * ingest's sanitizer enforces it on the server, the reader's DOMPurify instance enforces
 * it again in the browser (bundle content is untrusted even after the ingest).
 * Anything not listed is dropped; elements not listed are unwrapped (their text stays)
 * unless they are in DROPPED_WITH_CONTENT.
 */
export const ALLOWED_TAGS = Object.freeze([
  'p', 'br', 'hr',
  'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'code', 'pre',
  'blockquote', 'ul', 'ol', 'li',
  'a', 'img', 'figure', 'figcaption',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
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
 * Attributes whose values must match a pattern or go. `data-stock` names a stock code;
 * the reader looks it up, so it must look like one.
 */
export const ATTRIBUTE_VALUE_PATTERNS: Readonly<Record<string, RegExp>> = Object.freeze({
  'data-stock': /^[a-z][a-z0-9_.]{2,23}$/,
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

/**
 * Elements whose content is code, styling or embedded documents rather than article
 * text: removed with everything inside them.
 */
export const DROPPED_WITH_CONTENT = Object.freeze([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'noscript', 'noembed', 'noframes', 'template', 'svg', 'math', 'canvas',
  'form', 'input', 'button', 'select', 'textarea', 'option',
  'audio', 'video', 'source', 'track', 'link', 'meta', 'base', 'head', 'title',
] as const);

/**
 * Absolute http(s) URLs and root-relative paths ("/images/a.png"); never
 * protocol-relative ("//host", or "/\host", which browsers read the same way), never
 * javascript:, data:, vbscript: or anything else, and no whitespace, backslashes or
 * control characters anywhere (browsers strip some of them before parsing).
 */
export const SAFE_URL_PATTERN = /^(?:https?:\/\/[^\s\\\u0000-\u001f\u007f]+|\/(?![\/\\])[^\s\\\u0000-\u001f\u007f]*)$/i;

/** Whether a URL may appear in a bundle. Whitespace around it is the caller's to trim. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL_PATTERN.test(url);
}
