import type { Document } from 'domhandler';
import type { StockRef } from '../../shared/bundle-types';
import { articleSearchText, bigramKeys, normalizeSearchText, textBigrams, treeText, type SearchTreeAdapter } from '../../shared/search-text';
import { isTag, isText, type AnyNode } from '../dom/dom-tree';

/** An article's search keys (src/shared/search-text.ts), as the index builder takes them. */
export interface SearchKeys {
  /** Distinct bigram keys of the whole searchable text. */
  readonly keys: Uint32Array;
  /** Distinct bigram keys of the title alone (a subset of `keys`). */
  readonly title: Uint32Array;
  /** The keys frequent in the whole text (a subset of `keys`; search-text.ts, FREQUENT_BIGRAM). */
  readonly frequent: Uint32Array;
}

const DOMHANDLER: SearchTreeAdapter<AnyNode> = {
  children: (node) => ('children' in node ? node.children : []),
  text: (node) => (isText(node) ? node.data : null),
  tag: (node) => (isTag(node) ? node.name.toLowerCase() : null),
};

/**
 * Reads the sanitized body (after the last step, so the index holds exactly the text the
 * reader is shown) and returns its search keys. Reads only.
 */
export function indexSearchText(doc: Document, title: string, stocks: readonly StockRef[]): SearchKeys {
  const text = articleSearchText(title, treeText<AnyNode>(doc, DOMHANDLER), stocks);
  const { keys, frequent } = textBigrams(text);
  return { keys, title: bigramKeys(normalizeSearchText(title)), frequent };
}

/** The same text, for tests and the benchmark's ground truth. */
export function searchTextOf(doc: Document, title: string, stocks: readonly StockRef[]): string {
  return articleSearchText(title, treeText<AnyNode>(doc, DOMHANDLER), stocks);
}
