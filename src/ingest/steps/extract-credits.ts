import type { Document } from 'domhandler';
import { CLEANUP_RULES } from '../cleanup-rules';
import { elementsOf, findElement, isBlankText, isTag, isText, remove, textNodesOf, textOf, type Element } from '../dom/dom-tree';

export interface Credits {
  readonly byline: string | null;
  readonly editor: string | null;
}

const BLOCKS = new Set(['p', 'div', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li']);

/**
 * Takes the credits out of the body and returns them as metadata: the editor line
 * (责任编辑：…, usually last) and the reporter line that opens the first paragraph
 * (21世纪经济报道记者朱萍 北京报道). Run after normalizeMarkup, so bold fonts are
 * <strong> and indentation is gone.
 */
export function extractCredits(doc: Document): Credits {
  return { editor: takeEditor(doc), byline: takeByline(doc) };
}

/** The marker every editor line carries; blocks without it are not looked at. */
const EDITOR_MARKER = '责任编辑';

function takeEditor(doc: Document): string | null {
  let editor: string | null = null;
  const candidates = new Set<Element>();
  for (const text of textNodesOf(doc)) {
    if (!text.data.includes(EDITOR_MARKER)) continue;
    // The credit is a block of its own; test the innermost block around the marker and
    // the blocks around that (the marker may sit in a <span> inside the <p>).
    for (let node = text.parent; node !== null && isTag(node); node = node.parent) {
      if (BLOCKS.has(node.name)) candidates.add(node);
    }
  }
  for (const el of candidates) {
    if (el.parent === null) continue;
    const match = CLEANUP_RULES.editorLine.exec(textOf(el));
    if (!match) continue;
    editor = match[1]!.trim();
    remove(el);
  }
  return editor;
}

function takeByline(doc: Document): string | null {
  const first = findElement(doc, (el) => el.name === 'p' && !isBlankText(textOf(el)));
  if (!first) return null;
  // The reporter line as its own bold run at the start of the paragraph.
  const lead = first.children.find((c) => !(isText(c) && isBlankText(c.data)));
  if (lead && isTag(lead) && lead.name === 'strong' && isByline(textOf(lead))) {
    const byline = clean(textOf(lead));
    remove(lead);
    if (isBlankText(textOf(first)) && !hasMedia(first)) remove(first);
    return byline;
  }
  // Or the whole first paragraph, in plain text.
  if (isByline(textOf(first)) && !hasMedia(first)) {
    const byline = clean(textOf(first));
    remove(first);
    return byline;
  }
  return null;
}

function isByline(text: string): boolean {
  return text.trim().length <= CLEANUP_RULES.bylineMaxLength && CLEANUP_RULES.bylineLine.test(text);
}

function hasMedia(el: Element): boolean {
  return elementsOf(el).some((child) => child.name === 'img');
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
