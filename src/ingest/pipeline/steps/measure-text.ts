import type { Document } from 'domhandler';
import { readingMinutes } from '../../../shared/reading-time';
import { findElement, textNodesOf, textOf } from '../dom/dom-tree';

export const SUMMARY_MAX_LENGTH = 120;
/** A paragraph shorter than this is a subheading or a credit, not the lede. */
const LEDE_MIN_LENGTH = 15;

export interface TextMeasures {
  readonly summary: string;
  readonly charCount: number;
  readonly readingMinutes: number;
}

/**
 * Reads the finished body: the summary is the first real paragraph as plain text (at
 * most 120 characters, cut with "…"); charCount counts the characters a reader reads,
 * whitespace excluded, per code point. Reads only.
 */
export function measureText(doc: Document): TextMeasures {
  let charCount = 0;
  for (const text of textNodesOf(doc)) charCount += countCharacters(text.data);
  let fallback: string | null = null;
  const lede = findElement(doc, (el) => {
    if (el.name !== 'p') return false;
    const text = collapse(textOf(el));
    if (text !== '' && fallback === null) fallback = text;
    return codePoints(text) >= LEDE_MIN_LENGTH;
  });
  const summary = lede ? collapse(textOf(lede)) : (fallback ?? collapse(textOf(doc)));
  return { summary: truncate(summary, SUMMARY_MAX_LENGTH), charCount, readingMinutes: readingMinutes(charCount) };
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) count++;
  }
  return count;
}

function truncate(text: string, max: number): string {
  if (codePoints(text) <= max) return text;
  return `${[...text]
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

const WHITESPACE = /[\s\u0085\u200b\ufeff]/g;
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/**
 * Non-whitespace code points. Counted by subtraction with native regular expressions:
 * a JavaScript loop over every character costs several times more on long articles.
 */
function countCharacters(text: string): number {
  const blanks = text.match(WHITESPACE)?.length ?? 0;
  const pairs = text.length > 0 && /[\ud800-\udbff]/.test(text) ? (text.match(SURROGATE_PAIR)?.length ?? 0) : 0;
  return text.length - blanks - pairs;
}
