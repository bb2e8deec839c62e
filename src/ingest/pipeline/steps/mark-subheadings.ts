import type { Document } from 'domhandler';
import type { CleanupRules } from '../cleanup-rules';
import { DomEdits, createElement, findElement, isBlankText, isTag, isText, textOf, type AnyNode, type Element } from '../dom/dom-tree';

/** Where a bold paragraph is part of something else (a list item, a cell, a quote, a caption), not a section. */
const NOT_SECTIONS = new Set(['li', 'td', 'th', 'blockquote', 'figure', 'figcaption', 'table']);
/** Inside a subheading: a picture, a line break or a link means the line is something else. */
const NOT_IN_HEADINGS = new Set(['img', 'br', 'a']);
const WORD = /[\p{L}\p{N}]/u;

/**
 * Gives long articles their structure: a paragraph that is one short bold run (一、市场表现,
 * 政策持续加码 — see the rules' subheadingMaxLength and subheadingEndings) introduces a
 * section, so it becomes a subheading: <h2>, or <h3> when the article already has <h2>s
 * of its own (keep the source's outline on top). Run after extractCredits, so the bold
 * reporter line is already the byline, and after the boilerplate steps, so a bold
 * 相关阅读 is gone rather than a heading.
 */
export function markSubheadings(doc: Document, rules: CleanupRules): void {
  const endings = new Set(rules.subheadingEndings);
  const level = findElement(doc, (el) => el.name === 'h2') !== null ? 'h3' : 'h2';
  const edits = new DomEdits();
  const stack: AnyNode[] = [...doc.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node) || NOT_SECTIONS.has(node.name)) continue;
    if (node.name === 'p' && isBoldLine(node, rules.subheadingMaxLength, endings)) edits.replace(node, createElement(level, {}, headingContent(node)));
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  edits.apply();
}

/** Only bold runs and blank text in it; short; not ending like a sentence or a lead-in. */
function isBoldLine(p: Element, maxLength: number, endings: ReadonlySet<string>): boolean {
  const runs = p.children.filter((c) => !(isText(c) && isBlankText(c.data)));
  if (runs.length === 0 || !runs.every((c) => isTag(c) && c.name === 'strong')) return false;
  if (findElement(p, (el) => NOT_IN_HEADINGS.has(el.name)) !== null) return false;
  const text = textOf(p)
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
  const characters = [...text];
  return characters.length > 0 && characters.length <= maxLength && !endings.has(characters[characters.length - 1]!) && WORD.test(text);
}

/** The runs' content without the <strong>s (a heading is bold already) nor the blank text around them. */
function headingContent(p: Element): AnyNode[] {
  const first = p.children.findIndex((c) => isTag(c));
  const last = p.children.findLastIndex((c) => isTag(c));
  return p.children.slice(first, last + 1).flatMap((child) => (isTag(child) && child.name === 'strong' ? [...child.children] : [child]));
}
