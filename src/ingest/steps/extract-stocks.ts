import type { Document } from 'domhandler';
import type { StockRef } from '../../shared/bundle-types';
import { parseStockCode } from '../../shared/stock-markets';
import { CLEANUP_RULES } from '../cleanup-rules';
import { DomUtils } from 'htmlparser2';
import { elementsOf, textOf, type Element } from '../dom/dom-tree';

/**
 * Every stock the post links (`<span id="stock_sz000931">`, or a link to a quote page)
 * or lists (`<!-- news_keyword_pub,stock,… -->`), once each, in order of appearance.
 * A linked name wins over a listed code without one. Reads only; run before comments go.
 */
export function extractStocks(doc: Document): StockRef[] {
  const byCode = new Map<string, StockRef>();
  const named = new Set<string>();
  const add = (code: string, name: string): void => {
    const ref = parseStockCode(code, name);
    if (!ref) return;
    const hasName = name.trim() !== '';
    if (byCode.has(ref.code) && (named.has(ref.code) || !hasName)) return;
    byCode.set(ref.code, ref);
    if (hasName) named.add(ref.code);
  };
  for (const el of elementsOf(doc)) {
    const code = stockCodeOfLink(el);
    if (code !== null) add(code, textOf(el));
  }
  const comments = DomUtils.filter((node) => node.type === 'comment', doc.children);
  for (const comment of comments) {
    if (!('data' in comment) || typeof comment.data !== 'string') continue;
    const listed = CLEANUP_RULES.stockKeywordComment.exec(comment.data);
    if (!listed) continue;
    for (const code of listed[1]!.split('&')) add(code, '');
  }
  return [...byCode.values()];
}

/** The code an element links, or null; also used by markStocks to find the links. */
export function stockCodeOfLink(el: Element): string | null {
  const id = el.attribs.id;
  if (id?.startsWith(CLEANUP_RULES.stockLinkIdPrefix)) {
    return id.slice(CLEANUP_RULES.stockLinkIdPrefix.length);
  }
  if (el.name !== 'a' || isInsideStockSpan(el)) return null;
  const href = el.attribs.href ?? '';
  for (let i = 0; i < CLEANUP_RULES.stockLinkHrefs.length; i++) {
    const match = CLEANUP_RULES.stockLinkHrefs[i]!.exec(href);
    if (match) return CLEANUP_RULES.stockLinkHrefPrefixes[i]! + match[1]!;
  }
  return null;
}

function isInsideStockSpan(el: Element): boolean {
  const parent = el.parent;
  return parent !== null && 'attribs' in parent && (parent.attribs.id ?? '').startsWith(CLEANUP_RULES.stockLinkIdPrefix);
}
