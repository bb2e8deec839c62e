import type { StockRef } from './bundle-types';
import { formatStockSymbol } from './stock-markets';

/**
 * What search matches, for both sides: the ingest indexes this text, the app checks
 * candidates against the same text made from the article file. Matching is exact on the
 * text the reader sees, so both must agree to the character; every rule lives here.
 *
 * - The text of an article is its title, its body's text with a break between blocks
 *   (two paragraphs "上海" and "经济" do not contain "海经"), and per stock its code,
 *   symbol, display symbol and name ("sz000931 000931 000931.sz 中关村"), so a code
 *   finds every article that mentions the stock even where the body spells it otherwise.
 * - Normalized: NFKC (full-width ＡＢＣ１２３ → abc123), lower case, zero-width characters
 *   gone, control characters and every run of whitespace one space.
 * - The index keys of a text are each pair of adjacent UTF-16 units that contains no
 *   space (a bigram) and each run of three adjacent figure characters — ASCII letters,
 *   digits, . % + - — (a trigram: numbers and codes are made of few characters, so
 *   their bigrams are in most articles and say little — 000931's 00, 09, 93, 31 — where
 *   093 and 931 are selective). A term of two units, or of three figure characters, is
 *   one key, exactly; a longer term's keys are necessary but not sufficient, so
 *   candidates are checked against the text.
 * - A key is a 32-bit number: a bigram its two units (the first in the high half, never
 *   0, as no control character is left), a trigram 1 + its base-40 value (below 65,536).
 *   As a string, in the index files and in queries, both are two units: a trigram is
 *   "\u0000" and one unit.
 */

/** Elements whose start and end break the text: the article HTML's block elements. */
export const SEARCH_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'ul', 'ol', 'li',
  'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'div',
]);

/** Bounds on a query: longer ones are cut, further terms dropped (a pasted article is not a query). */
export const SEARCH_LIMITS = Object.freeze({ queryLength: 200, terms: 8, termLength: 40 });

const ZERO_WIDTH = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// Controls, whitespace or not, separate; none survives, which keeps key 0x0000xxxx for trigrams.
const SPACE = /[\s\u0000-\u001f\u007f-\u009f]+/g;

export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(ZERO_WIDTH, '').replace(SPACE, ' ');
}

/**
 * The characters numbers and codes are written in: ASCII digits and lower-case letters,
 * and the signs of figures (3.5%, +0.4, -12) — 40, so a trigram's value fits in 16 bits.
 * The digit of one in base 40, else -1.
 */
function figureDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  switch (code) {
    case 46: return 36; // .
    case 37: return 37; // %
    case 43: return 38; // +
    case 45: return 39; // -
    default: return -1;
  }
}

/** The trigram key at `at` when text[at..at+2] are all figure characters, else 0. */
function trigramKey(text: string, at: number): number {
  const a = figureDigit(text.charCodeAt(at));
  const b = figureDigit(text.charCodeAt(at + 1));
  const c = figureDigit(text.charCodeAt(at + 2));
  return a < 0 || b < 0 || c < 0 ? 0 : 1 + (a * 40 + b) * 40 + c;
}

/** How a walk sees a node of either side's DOM: the text of a text node, or an element's tag. */
export interface SearchTreeAdapter<N> {
  children(node: N): ArrayLike<N>;
  /** A text node's text, else null. */
  text(node: N): string | null;
  /** An element's lower-case tag name, else null (documents, comments). */
  tag(node: N): string | null;
}

/**
 * The raw text of a tree (not yet normalized), with a newline around every block
 * element. Iterative: a post nested 20,000 levels deep must not overflow the stack.
 */
export function treeText<N>(root: N, adapter: SearchTreeAdapter<N>): string {
  const parts: string[] = [];
  // Entries are nodes to visit, or BREAK for the end of a block.
  const BREAK = null;
  const stack: (N | null)[] = [];
  const pushChildren = (node: N): void => {
    const children = adapter.children(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushChildren(root);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BREAK) {
      parts.push('\n');
      continue;
    }
    const text = adapter.text(node);
    if (text !== null) {
      parts.push(text);
      continue;
    }
    const tag = adapter.tag(node);
    if (tag === null) continue;
    if (SEARCH_BLOCK_TAGS.has(tag)) {
      parts.push('\n');
      stack.push(BREAK);
    }
    pushChildren(node);
  }
  return parts.join('');
}

/** The stock part of an article's text: what a reader may type to find the stock. */
export function stockSearchText(stocks: readonly StockRef[]): string {
  return stocks.map((s) => `${s.code} ${s.symbol} ${formatStockSymbol(s)} ${s.name}`).join('\n');
}

/** An article's searchable text, normalized: title, body, stocks. */
export function articleSearchText(title: string, bodyText: string, stocks: readonly StockRef[]): string {
  return normalizeSearchText(`${title}\n${bodyText}\n${stockSearchText(stocks)}`);
}

/** A bigram as the number the ingest sorts by: its first unit in the high half. */
export function bigramKey(text: string, at: number): number {
  return ((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)) >>> 0;
}

export function bigramOfKey(key: number): string {
  return String.fromCharCode(key >>> 16, key & 0xffff);
}

/**
 * Occurrences from which a bigram counts as frequent in an article: the ranking's proxy
 * for "mentions it several times", between title matches and single mentions.
 */
export const FREQUENT_BIGRAM = 3;

/** An article's distinct bigram keys, and those of them that are frequent in it. */
export interface TextBigrams {
  /** Distinct keys in order of first occurrence. */
  readonly keys: Uint32Array;
  /** The keys occurring at least FREQUENT_BIGRAM times (overlaps counted: aaaa has aa 3 times). */
  readonly frequent: Uint32Array;
}

// A table reused by every call, its slots stamped with the call that filled them, so no
// article pays for clearing it: deduplicating by hash is linear, where sorting an
// article's few thousand pairs was the largest single cost of indexing it.
let slotKeys = new Uint32Array(1 << 13);
let slotStamps = new Uint32Array(1 << 13);
let slotCounts = new Uint32Array(1 << 13);
let slotBits = 13;
let stamp = 0;

/**
 * The distinct keys (bigrams and trigrams) of normalized text and the frequent ones.
 * Linear; the table grows to the largest text seen (two slots a key) and stays.
 */
export function textBigrams(normalized: string): TextBigrams {
  const pairs = normalized.length - 1;
  if (pairs <= 0) return { keys: new Uint32Array(0), frequent: new Uint32Array(0) };
  if (pairs * 4 > slotKeys.length) {
    while (pairs * 4 > 1 << slotBits) slotBits++;
    slotKeys = new Uint32Array(1 << slotBits);
    slotStamps = new Uint32Array(1 << slotBits);
    slotCounts = new Uint32Array(1 << slotBits);
    stamp = 0;
  }
  if (++stamp === 0x1_0000_0000) {
    slotStamps.fill(0);
    stamp = 1;
  }
  const mask = (1 << slotBits) - 1;
  const shift = 32 - slotBits;
  // At most a bigram and a trigram at each position.
  const keys = new Uint32Array(pairs * 2);
  const frequent = new Uint32Array(pairs * 2);
  let n = 0;
  let f = 0;
  const add = (key: number): void => {
    // The multiply's high bits: its low ones barely depend on the key's first character.
    let at = Math.imul(key, 0x9e3779b1) >>> shift;
    while (slotStamps[at] === stamp) {
      if (slotKeys[at] === key) {
        if (++slotCounts[at]! === FREQUENT_BIGRAM) frequent[f++] = key;
        return;
      }
      at = (at + 1) & mask;
    }
    slotStamps[at] = stamp;
    slotKeys[at] = key;
    slotCounts[at] = 1;
    keys[n++] = key;
  };
  for (let i = 0; i < pairs; i++) {
    if (normalized.charCodeAt(i) === 32 || normalized.charCodeAt(i + 1) === 32) continue;
    add(bigramKey(normalized, i));
    if (i + 2 <= pairs) {
      const trigram = trigramKey(normalized, i);
      if (trigram !== 0) add(trigram);
    }
  }
  return { keys: keys.slice(0, n), frequent: frequent.slice(0, f) };
}

/** The distinct keys of normalized text, in order of first occurrence. */
export function bigramKeys(normalized: string): Uint32Array {
  return textBigrams(normalized).keys;
}

/**
 * A query's terms, normalized and in the order typed: words separated by spaces, all of
 * which must occur (AND). Duplicates and terms inside another term go (茅台 adds nothing
 * to 贵州茅台).
 */
export function searchTerms(query: string): string[] {
  const words = normalizeSearchText(query.slice(0, SEARCH_LIMITS.queryLength))
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => word.slice(0, SEARCH_LIMITS.termLength));
  const unique = [...new Set(words)];
  return unique.filter((word) => !unique.some((other) => other !== word && other.includes(word))).slice(0, SEARCH_LIMITS.terms);
}

/** The index keys a term needs, as their two-unit strings; none for a one-unit term. */
export function termKeys(term: string): string[] {
  const out = new Set<string>();
  const inRun = (i: number) => figureDigit(term.charCodeAt(i)) >= 0;
  for (let i = 0; i + 1 < term.length; i++) {
    const trigram = i + 2 < term.length ? trigramKey(term, i) : 0;
    if (trigram !== 0) out.add(bigramOfKey(trigram));
    // A bigram inside a run of three or more figure characters adds nothing its trigrams do not.
    const withinRun = inRun(i) && inRun(i + 1) && ((i > 0 && inRun(i - 1)) || (i + 2 < term.length && inRun(i + 2)));
    if (!withinRun) out.add(term.slice(i, i + 2));
  }
  return [...out];
}

/** True when the index alone answers the term exactly (a single key that is the term). */
export function isExactTerm(term: string): boolean {
  return term.length === 2 || (term.length === 3 && trigramKey(term, 0) !== 0);
}

/**
 * The shard of a bigram among `shardCount` (a power of two): FNV-1a over its two units,
 * then a murmur-style finalizer, as bigrams of one script differ only in their low bits
 * and a plain hash crowds them into a few files.
 */
export function searchShardOfKey(key: number, shardCount: number): number {
  let h = 0x811c9dc5;
  h = Math.imul(h ^ (key >>> 16), 0x01000193);
  h = Math.imul(h ^ (key & 0xffff), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & (shardCount - 1);
}

export function searchShardOf(bigram: string, shardCount: number): number {
  return searchShardOfKey(bigramKey(bigram, 0), shardCount);
}
