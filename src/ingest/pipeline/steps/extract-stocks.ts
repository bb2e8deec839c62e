import type { Document } from 'domhandler';
import { isComment } from 'domhandler';
import type { StockRef } from '../../../shared/bundle-types';
import { BUNDLE_LIMITS } from '../../../shared/bundle-limits';
import { displayText } from '../../../shared/display-text';
import { parseStockCode } from '../../../shared/stock-markets';
import type { CleanupRules } from '../cleanup-rules';
import { isTag, nodesOf, textOf, type Element } from '../dom/dom-tree';

export interface ExtractedStocks {
  readonly stocks: StockRef[];
  /** Set when the post names more stocks than an article keeps, for the report. */
  readonly warning: string | null;
}

/**
 * Every stock the post links (`<span id="stock_sz000931">`, or a link to a quote page)
 * or lists (`<!-- news_keyword_pub,stock,… -->`), once each, in order of appearance.
 * A linked name wins over a listed code without one. Codes of no known market shape are
 * not stocks (src/shared/stock-markets.ts); a name longer than a stock's name can be is
 * not one either (the code's symbol stands in). At most BUNDLE_LIMITS.stocksPerArticle:
 * one keyword comment must not make a post the page of ten thousand stocks. Reads only;
 * run before comments go.
 */
export function extractStocks(doc: Document, rules: CleanupRules): ExtractedStocks {
  const byCode = new Map<string, StockRef>();
  const named = new Set<string>();
  let dropped = 0;
  const add = (code: string, rawName: string): void => {
    const name = displayText(rawName);
    const ref = parseStockCode(code, [...name].length <= BUNDLE_LIMITS.stockName ? name : '');
    if (!ref) return;
    const hasName = name !== '' && [...name].length <= BUNDLE_LIMITS.stockName;
    if (byCode.has(ref.code) && (named.has(ref.code) || !hasName)) return;
    if (!byCode.has(ref.code) && byCode.size >= BUNDLE_LIMITS.stocksPerArticle) {
      dropped++;
      return;
    }
    byCode.set(ref.code, ref);
    if (hasName) named.add(ref.code);
  };
  const nodes = nodesOf(doc);
  for (const node of nodes) {
    if (!isTag(node)) continue;
    const code = stockCodeOfLink(node, rules);
    if (code !== null) add(code, textOf(node));
  }
  for (const node of nodes) {
    if (!isComment(node)) continue;
    const listed = rules.stockKeywordComment.exec(node.data);
    if (!listed) continue;
    for (const code of listed[1]!.split('&')) add(code, '');
  }
  const warning = dropped === 0 ? null : `stocks dropped: the post names ${byCode.size + dropped}, an article keeps ${BUNDLE_LIMITS.stocksPerArticle}`;
  return { stocks: [...byCode.values()], warning };
}

/** The code an element links, or null; also used by markStocks to find the links. */
export function stockCodeOfLink(el: Element, rules: CleanupRules): string | null {
  const id = el.attribs.id;
  if (id?.startsWith(rules.stockLinkIdPrefix)) {
    return id.slice(rules.stockLinkIdPrefix.length);
  }
  if (el.name !== 'a' || isInsideStockSpan(el, rules)) return null;
  const href = el.attribs.href ?? '';
  for (let i = 0; i < rules.stockLinkHrefs.length; i++) {
    const match = rules.stockLinkHrefs[i]!.exec(href);
    if (match) return rules.stockLinkHrefPrefixes[i]! + match[1]!;
  }
  return null;
}

function isInsideStockSpan(el: Element, rules: CleanupRules): boolean {
  const parent = el.parent;
  return parent !== null && 'attribs' in parent && (parent.attribs.id ?? '').startsWith(rules.stockLinkIdPrefix);
}
