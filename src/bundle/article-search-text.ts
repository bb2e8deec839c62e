import { parseInertHtml } from '../lib/trusted-types';
import type { ArticleContent } from '../shared/bundle-types';
import { articleSearchText, treeText, type SearchTreeAdapter } from '../shared/search-text';

const DOM: SearchTreeAdapter<Node> = {
  children: (node) => node.childNodes,
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node as Text).data : null),
  tag: (node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName : null),
};

/** A bundle article or a bookmark's saved copy: what the text is made of. */
type ArticleText = Pick<ArticleContent, 'title' | 'html' | 'stocks'>;

const bodies = new WeakMap<ArticleText, string>();
const texts = new WeakMap<ArticleText, string>();

/**
 * The body's text as written, a newline between blocks: what a snippet is cut from.
 * Parsed inert (DOMParser runs no script and loads nothing; through the Trusted Types
 * policy, src/lib/trusted-types.ts) and only read.
 */
export function articleBodyText(article: ArticleText): string {
  let body = bodies.get(article);
  if (body === undefined) {
    body = treeText<Node>(parseInertHtml(article.html).body, DOM);
    bodies.set(article, body);
  }
  return body;
}

/**
 * An article's searchable text exactly as the ingest indexed it
 * (src/shared/search-text.ts): what a search candidate is checked against.
 */
export function articleTextOf(article: ArticleText): string {
  let text = texts.get(article);
  if (text === undefined) {
    text = articleSearchText(article.title, articleBodyText(article), article.stocks);
    texts.set(article, text);
  }
  return text;
}
