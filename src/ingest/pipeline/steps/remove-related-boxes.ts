import type { Document } from 'domhandler';
import { DROPPED_WITH_CONTENT } from '../../../shared/html-policy';
import type { CleanupRules } from '../cleanup-rules';
import { DomEdits, closestElement, elementsOf, isBlankText, isTag, isText, textNodesOf, textOf, type AnyNode, type Element } from '../dom/dom-tree';

const BOX_BLOCKS = new Set(['p', 'div', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
const DROPPED = new Set<string>(DROPPED_WITH_CONTENT);

/**
 * Removes the site's related-topic boxes: a heading block (点击进入专题, 相关专题,
 * 相关阅读 … per the rules' relatedBoxHeadings) and the link lists that follow it. Run
 * before removeBoilerplate: its promo pass would take a 点击进入专题 heading alone and
 * leave the links below it. Linear: every block is looked at as a heading once and as a
 * list once (a list already taken by an earlier box is not looked at again), and the
 * removals are applied at once.
 */
export function removeRelatedBoxes(doc: Document, rules: CleanupRules): void {
  const judged = new Set<Element>();
  const edits = new DomEdits();
  for (const text of textNodesOf(doc)) {
    if (!rules.relatedBoxHeadings.some((heading) => text.data.includes(heading))) continue;
    const block = closestElement(text, (el) => BOX_BLOCKS.has(el.name));
    if (!block || judged.has(block) || edits.isGone(block)) continue;
    judged.add(block);
    if (!isBoxHeading(block, rules)) continue;
    for (let next = block.next; next !== null; next = next.next) {
      if (edits.isGone(next)) continue; // taken by an earlier box: as if not there
      if (isTag(next) && isLinkList(next, rules)) edits.remove(next);
      else if (!isSkippable(next)) break;
    }
    edits.remove(block);
  }
  edits.apply();
}

/**
 * 相关阅读, 相关阅读：…, or 相关阅读 followed by links: the whole text (short) is the
 * phrase, bare or with a colon; or the text outside links is the phrase alone.
 */
function isBoxHeading(block: Element, rules: CleanupRules): boolean {
  const whole = collapse(textOf(block));
  if (whole.length <= rules.promoMaxLength && rules.relatedBoxHeadings.some((h) => isPhraseLine(whole, h, 'any', rules))) return true;
  const outside = collapse(textOutsideLinks(block));
  return rules.relatedBoxHeadings.some((h) => isPhraseLine(outside, h, 'separators', rules));
}

/**
 * `text` is `heading`, then optionally a colon, then: anything (`afterColon` 'any', for
 * the whole text of a short block) or separators only ('separators', for the text
 * outside the links, 相关阅读 <a>…</a>、<a>…</a>).
 */
function isPhraseLine(text: string, heading: string, afterColon: 'any' | 'separators', rules: CleanupRules): boolean {
  if (!text.startsWith(heading)) return false;
  const rest = text.slice(heading.length).trim();
  const colon = rest.startsWith('：') || rest.startsWith(':');
  if (afterColon === 'any') return rest === '' || colon;
  return rules.linkListSeparators.test(colon ? rest.slice(1) : rest);
}

/** A block of links: some linked text, and outside the links nothing but separators. */
function isLinkList(el: Element, rules: CleanupRules): boolean {
  if (el.name === 'a') return !isBlankText(textOf(el));
  const hasLink = elementsOf(el).some((child) => child.name === 'a' && !isBlankText(textOf(child)));
  return hasLink && rules.linkListSeparators.test(textOutsideLinks(el));
}

/** What may stand between a box's heading and its lists: blank text, comments, empty blocks, scripts. */
function isSkippable(node: AnyNode): boolean {
  if (isText(node)) return isBlankText(node.data);
  if (!isTag(node)) return true;
  if (DROPPED.has(node.name) || node.name === 'br') return true;
  return isBlankText(textOf(node)) && !elementsOf(node).some((child) => child.name === 'img');
}

function textOutsideLinks(el: Element): string {
  return textNodesOf(el, (child) => child.name === 'a')
    .map((text) => text.data)
    .join('');
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
