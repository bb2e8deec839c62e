import type { Document } from 'domhandler';
import { readingMinutes } from '../../shared/reading-time';
import { elementsOf, textOf } from '../dom/dom-tree';

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
  const paragraphs = elementsOf(doc)
    .filter((el) => el.name === 'p')
    .map((el) => collapse(textOf(el)))
    .filter((text) => text !== '');
  const lede = paragraphs.find((text) => [...text].length >= LEDE_MIN_LENGTH) ?? paragraphs[0] ?? collapse(textOf(doc));
  const charCount = countCharacters(textOf(doc));
  return { summary: truncate(lede, SUMMARY_MAX_LENGTH), charCount, readingMinutes: readingMinutes(charCount) };
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Non-whitespace code points; a loop over char codes, as this runs on every article. */
function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair
    if (c <= 0x20 || c === 0x85 || c === 0xa0 || c === 0x3000 || c === 0xfeff) continue;
    if ((c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029) continue;
    count++;
  }
  return count;
}
