import type { Document } from 'domhandler';
import type { StockRef } from '../../../shared/bundle-types';
import { parseStockCode } from '../../../shared/stock-markets';
import type { CleanupRules } from '../cleanup-rules';
import { DomEdits, createElement, createText, elementsOf, textNodesOf, textOf, type AnyNode, type Element } from '../dom/dom-tree';
import { stockCodeOfLink } from './extract-stocks';

/** Shorter names ("平安") would mark ordinary words; they are only marked where linked. */
const MIN_NAME_LENGTH = 2;

/**
 * Marks every mention of the post's stocks the one same way, `<mark data-stock="code">`:
 * the links the source made (replaced, since the reader builds its own links) and every
 * other occurrence of a stock's name in the text, not only the first the source linked.
 * Text inside links, existing marks and captions' links is left alone. Each pass collects
 * its replacements and applies them at once: a paragraph of 100,000 mentions is rebuilt
 * once, not once a mention.
 */
export function markStocks(doc: Document, stocks: readonly StockRef[], rules: CleanupRules): void {
  const links = new DomEdits();
  for (const el of elementsOf(doc)) {
    const rawCode = stockCodeOfLink(el, rules);
    if (rawCode === null || links.isGone(el)) continue;
    const code = parseStockCode(rawCode)?.code;
    const name = textOf(el).trim();
    if (code === undefined || name === '') {
      links.replace(el, createText(name));
    } else {
      links.replace(el, mark(code, name));
    }
  }
  links.apply();
  const names = stocks.filter((s) => [...s.name].length >= MIN_NAME_LENGTH);
  if (names.length === 0) return;
  const codeOf = new Map(names.map((s) => [s.name, s.code]));
  const pattern = namesPattern([...codeOf.keys()]);
  const mentions = new DomEdits();
  for (const text of textNodesOf(doc, (el) => el.name === 'a' || el.name === 'mark')) {
    // String search is far cheaper than the regular expression; most nodes name no stock.
    if (!names.some((s) => text.data.includes(s.name))) continue;
    pattern.lastIndex = 0;
    const pieces: AnyNode[] = [];
    let last = 0;
    for (const match of text.data.matchAll(pattern)) {
      if (match.index > last) pieces.push(createText(text.data.slice(last, match.index)));
      pieces.push(mark(codeOf.get(match[0])!, match[0]));
      last = match.index + match[0].length;
    }
    if (last < text.data.length) pieces.push(createText(text.data.slice(last)));
    mentions.replace(text, pieces);
  }
  mentions.apply();
}

const patterns = new Map<string, RegExp>();

/**
 * One expression matching any of the names, longest first so that "比亚迪股份" is not
 * marked as "比亚迪" + "股份". Compiled once per set of names: posts about the same
 * stocks share it. (Callers reset lastIndex; the cache is bounded.)
 */
function namesPattern(names: readonly string[]): RegExp {
  const source = [...names]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  let pattern = patterns.get(source);
  if (!pattern) {
    if (patterns.size > 10_000) patterns.clear();
    pattern = new RegExp(source, 'g');
    patterns.set(source, pattern);
  }
  return pattern;
}

function mark(code: string, name: string): Element {
  return createElement('mark', { 'data-stock': code }, [createText(name)]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
