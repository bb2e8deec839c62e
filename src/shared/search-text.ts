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
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
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
  'div',
]);

/** Bounds on a query: longer ones are cut, further terms dropped (a pasted article is not a query). */
export const SEARCH_LIMITS = Object.freeze({ queryLength: 200, terms: 8, termLength: 40 });

const ZERO_WIDTH = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// Controls, whitespace or not, separate; none survives, which keeps key 0x0000xxxx for trigrams.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds, on purpose
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
    case 46:
      return 36; // .
    case 37:
      return 37; // %
    case 43:
      return 38; // +
    case 45:
      return 39; // -
    default:
      return -1;
  }
}

/** The trigram key at `at` when text[at..at+2] are all figure characters, else 0. */
export function trigramKeyAt(text: string, at: number): number {
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
 * Occurrences from which a key counts as frequent in an article: the ranking's proxy
 * for "mentions it several times", between title matches and single mentions.
 */
export const FREQUENT_BIGRAM = 3;

/**
 * Every key occurrence of normalized text, in text order: [key, offset]. The definition;
 * the index builder (src/ingest/bundle/search/run-builder.ts) reads text the same way, tuned for
 * speed, and its tests hold it to this.
 */
export function textKeyOccurrences(normalized: string): [key: number, offset: number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < normalized.length; i++) {
    if (normalized.charCodeAt(i) === 32 || normalized.charCodeAt(i + 1) === 32) continue;
    out.push([bigramKey(normalized, i), i]);
    const trigram = i + 2 < normalized.length ? trigramKeyAt(normalized, i) : 0;
    if (trigram !== 0) out.push([trigram, i]);
  }
  return out;
}

/** The distinct keys of normalized text, in order of first occurrence. */
export function textKeys(normalized: string): number[] {
  return [...new Set(textKeyOccurrences(normalized).map(([key]) => key))];
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

/** A key of a term and where in the term it stands: it covers term[offset, offset + length). */
export interface KeyPlacement {
  /** The key as its two-unit string (bigramOfKey). */
  readonly key: string;
  readonly offset: number;
  /** 2 for a bigram, 3 for a trigram of figure characters. */
  readonly length: 2 | 3;
}

/**
 * Every key of a term with its place, as the index holds the term's text: each trigram of
 * figure characters, and each bigram but those inside a run of three or more figure
 * characters (its trigrams hold the same and are selective). None for a one-unit term.
 * Together they cover every character of a term of two units or more.
 */
export function termKeyPlacements(term: string): KeyPlacement[] {
  const out: KeyPlacement[] = [];
  const inRun = (i: number) => figureDigit(term.charCodeAt(i)) >= 0;
  for (let i = 0; i + 1 < term.length; i++) {
    const trigram = i + 2 < term.length ? trigramKeyAt(term, i) : 0;
    if (trigram !== 0) out.push({ key: bigramOfKey(trigram), offset: i, length: 3 });
    const withinRun = inRun(i) && inRun(i + 1) && ((i > 0 && inRun(i - 1)) || (i + 2 < term.length && inRun(i + 2)));
    if (!withinRun) out.push({ key: term.slice(i, i + 2), offset: i, length: 2 });
  }
  return out;
}

/** The index keys a term needs, as their two-unit strings, each once; none for a one-unit term. */
export function termKeys(term: string): string[] {
  return [...new Set(termKeyPlacements(term).map((p) => p.key))];
}

/**
 * A key's 32-bit hash: FNV-1a over its two units, then a murmur-style finalizer, as
 * bigrams of one script differ only in their low bits and a plain hash crowds them.
 */
export function searchKeyHash(key: number): number {
  let h = 0x811c9dc5;
  h = Math.imul(h ^ (key >>> 16), 0x01000193);
  h = Math.imul(h ^ (key & 0xffff), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The shard of a key among `shardCount` (a power of two): the hash's high bits, so that
 * keys in hash order fall into shard 0, then 1, … for every shard count at once — the
 * ingest writes each segment's shards in one merge over keys sorted by hash.
 */
export function searchShardOfKey(key: number, shardCount: number): number {
  return shardCount <= 1 ? 0 : searchKeyHash(key) >>> (32 - (31 - Math.clz32(shardCount)));
}

export function searchShardOf(key: string, shardCount: number): number {
  return searchShardOfKey(bigramKey(key, 0), shardCount);
}
