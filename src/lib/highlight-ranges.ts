import { normalizeSearchText } from '../shared/search-text';

/** A run of raw text, and whether it is part of a match. */
export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Where normalized terms occur in raw text, as the reader sees it: each character is
 * normalized on its own (ＡＢＣ and abc both match "abc") and every normalized unit
 * remembers its raw character, so matches map back to the text as written. Ranges
 * are [start, end) in raw UTF-16 units, ascending, merged where they touch.
 */
export function highlightRanges(raw: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0 || raw === '') return [];
  let normalized = '';
  const origin: number[] = [];
  for (let i = 0; i < raw.length;) {
    const cp = raw.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const n = normalizeSearchText(raw.slice(i, i + width));
    normalized += n;
    for (let k = 0; k < n.length; k++) origin.push(i);
    i += width;
  }
  origin.push(raw.length);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + term.length)) {
      const last = origin[at + term.length - 1]!;
      const end = last + (raw.codePointAt(last)! > 0xffff ? 2 : 1);
      ranges.push([origin[at]!, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const top = merged.at(-1);
    if (top && range[0] <= top[1]) top[1] = Math.max(top[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Raw text cut into matched and unmatched parts, for <mark>. */
export function highlightParts(raw: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(raw, terms)) {
    if (start > at) parts.push({ text: raw.slice(at, start), match: false });
    parts.push({ text: raw.slice(start, end), match: true });
    at = end;
  }
  if (at < raw.length) parts.push({ text: raw.slice(at), match: false });
  return parts;
}

/**
 * Characters of context before the first match: few enough that the match is on the
 * snippet's first line on a phone (about 20 characters a line at 390 px, and snippets
 * are clamped to two lines), enough to read what leads to it.
 */
const LEAD = 12;

/**
 * About `width` characters of `raw` around its first match, cut at the ends with "…":
 * the snippet of a search result. The text's start when nothing matches (a title match).
 */
export function snippetAround(raw: string, terms: readonly string[], width = 90): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  const first = highlightRanges(text, terms)[0];
  const start = first ? Math.max(0, first[0] - Math.min(LEAD, Math.floor(width / 3))) : 0;
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
