import type { Document } from 'domhandler';
import type { StockRef } from '../../../shared/bundle-types';
import { articleSearchText, normalizeSearchText, treeText, type SearchTreeAdapter } from '../../../shared/search-text';
import { isTag, isText, type AnyNode } from '../dom/dom-tree';

/** An article's searchable text and title, normalized (src/shared/search-text.ts): what the index is built from. */
export interface SearchText {
  readonly text: string;
  readonly title: string;
}

const DOMHANDLER: SearchTreeAdapter<AnyNode> = {
  children: (node) => ('children' in node ? node.children : []),
  text: (node) => (isText(node) ? node.data : null),
  tag: (node) => (isTag(node) ? node.name.toLowerCase() : null),
};

/**
 * Reads the sanitized body (after the last step, so the index holds exactly the text the
 * reader is shown) and returns the article's searchable text. Reads only.
 */
export function indexSearchText(doc: Document, title: string, stocks: readonly StockRef[]): SearchText {
  return { text: searchTextOf(doc, title, stocks), title: normalizeSearchText(title) };
}

/** The text alone, for tests and the benchmark's ground truth. */
export function searchTextOf(doc: Document, title: string, stocks: readonly StockRef[]): string {
  return articleSearchText(title, treeText<AnyNode>(doc, DOMHANDLER), stocks);
}
