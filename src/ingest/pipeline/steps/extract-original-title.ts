import type { Document } from 'domhandler';
import type { CleanupRules } from '../cleanup-rules';
import { displayText } from '../../../shared/display-text';
import { closestElement, findElement, isBlankText, remove, textNodesOf, textOf, type Element } from '../dom/dom-tree';
import { restoreTitleQuotes } from './restore-title-quotes';
import { titleKey } from './title-key';

/** Blocks that can hold the 原标题 line on its own. */
const LINE_BLOCKS = new Set(['p', 'div', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/**
 * Takes a leading 原标题：… line (the headline the source first published, which
 * syndicated copies print above the text) out of the body, so it is never the summary
 * or the first paragraph. Returns it, or null when there is none or when it is the
 * article's title again: compared as ids compare titles (titleKey), after the same quote
 * restoration titles get. Run after normalizeMarkup (indentation gone) and before
 * extractCredits, so the reporter line below it is the first paragraph again.
 */
export function extractOriginalTitle(doc: Document, title: string, rules: CleanupRules): string | null {
  const first = textNodesOf(doc).find((text) => !isBlankText(text.data));
  if (!first) return null;
  const block = closestElement(first, (el) => LINE_BLOCKS.has(el.name));
  if (!block || hasLineBreakOrMedia(block)) return null;
  const match = rules.originalTitleLine.exec(collapse(textOf(block)));
  const original = displayText(match?.[1] ?? '');
  if (!original || [...original].length > rules.originalTitleMaxLength) return null;
  remove(block);
  return titleKey(restoreTitleQuotes(original)) === titleKey(title) ? null : original;
}

/** A block with a <br> or an image holds more than the one line: left alone. */
function hasLineBreakOrMedia(block: Element): boolean {
  return findElement(block, (el) => el.name === 'br' || el.name === 'img') !== null;
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
