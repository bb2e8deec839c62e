import type { Document } from 'domhandler';
import type { CleanupRules } from '../../cleanup-rules';
import { displayText } from '../../../../shared/display-text';
import { findElement, isBlankText, isTag, isText, remove, textOf, type Element } from '../../dom/dom-tree';

/**
 * Takes the reporter line that opens the first paragraph (21世纪经济报道记者朱萍 北京报道),
 * as its leading bold run or as the whole paragraph, out of the body and returns it. A
 * line that reads as a section heading (rules.headingLikeLine) is never one.
 */
export function takeByline(doc: Document, rules: CleanupRules): string | null {
  const first = findElement(doc, (el) => el.name === 'p' && !isBlankText(textOf(el)));
  if (!first) return null;
  // The reporter line as its own bold run at the start of the paragraph.
  const lead = first.children.find((c) => !(isText(c) && isBlankText(c.data)));
  if (lead && isTag(lead) && lead.name === 'strong' && isByline(textOf(lead), rules)) {
    const byline = clean(textOf(lead));
    remove(lead);
    if (isBlankText(textOf(first)) && !hasMedia(first)) remove(first);
    return byline;
  }
  // Or the whole first paragraph, in plain text.
  if (isByline(textOf(first), rules) && !hasMedia(first)) {
    const byline = clean(textOf(first));
    remove(first);
    return byline;
  }
  return null;
}

function isByline(text: string, rules: CleanupRules): boolean {
  return text.trim().length <= rules.bylineMaxLength && rules.bylineLine.test(text) && !rules.headingLikeLine.test(text);
}

function hasMedia(el: Element): boolean {
  return findElement(el, (child) => child.name === 'img') !== null;
}

function clean(text: string): string {
  return displayText(text);
}
