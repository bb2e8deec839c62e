import type { Document } from 'domhandler';
import { displayText } from '../../../../shared/display-text';
import type { CleanupRules } from '../../cleanup-rules';
import { DomEdits, elementsOf, hasClass, isBlankText, isTag, isText, textNodesOf, textOf, type AnyNode, type Element, type Text } from '../../dom/dom-tree';

const BLOCKS = new Set(['p', 'div', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li']);

/** The marker every editor line carries; blocks without it are not looked at. */
const EDITOR_MARKER = '责任编辑';

/**
 * The editor, from whichever form the credit takes (the last one found wins: the
 * credit usually closes the article). Every form leaves the body:
 * - a credit block of the template (rules.creditClasses), removed whole;
 * - a block whose whole text is the credit (<p>责任编辑：X SF009</p>, （责任编辑：X）);
 * - a bracketed credit closing a paragraph (……。（责任编辑：X）), or one on the last line
 *   of a paragraph after a <br>, cut from its text.
 */
export function takeEditor(doc: Document, rules: CleanupRules): string | null {
  let editor: string | null = null;
  const blocks = new DomEdits();
  for (const el of elementsOf(doc)) {
    if (!isCreditBlock(el, rules) || blocks.isGone(el)) continue;
    const match = rules.editorCredit.exec(textOf(el));
    if (match) editor = editorName(match[1]!, rules);
    blocks.remove(el);
  }
  blocks.apply();
  // The credit is a block of its own; test the innermost block around the marker and
  // the blocks around that (the marker may sit in a <span> inside the <p>). Each block
  // is tested once, however many markers it holds, nearest first; a block's text is
  // read without the credits already taken from inside it.
  const marked = textNodesOf(doc).filter((text) => text.data.includes(EDITOR_MARKER));
  const candidates = new Set<Element>();
  for (const text of marked) {
    for (let node = text.parent; node !== null && isTag(node); node = node.parent) {
      if (BLOCKS.has(node.name)) candidates.add(node);
    }
  }
  const lines = new DomEdits();
  for (const el of candidates) {
    if (lines.isGone(el)) continue;
    const content = textOf(el, (node) => node !== el && lines.has(node));
    const match = rules.editorCredit.exec(content);
    if (!match || !isBlankText(content.slice(0, match.index))) continue;
    editor = editorName(match[1]!, rules);
    lines.remove(el);
  }
  lines.apply();
  // A credit closing a paragraph: only the last marked text of a block can close it, so
  // each block is looked at once, from its last marked text (the last credit wins).
  const closed = new Set<AnyNode>();
  let closing: string | null = null;
  for (let i = marked.length - 1; i >= 0; i--) {
    const text = marked[i]!;
    if (!isAttached(text, doc)) continue;
    const block = blockOf(text);
    if (closed.has(block)) continue;
    closed.add(block);
    const tail = rules.editorCredit.exec(text.data);
    if (tail && (/^[（(【[]/.test(tail[0]) || isOwnLine(text, tail.index)) && endsItsBlock(text)) {
      closing ??= editorName(tail[1]!, rules);
      text.data = text.data.slice(0, tail.index);
    }
  }
  return closing ?? editor;
}

/** The nearest block around `node` (or the document). */
function blockOf(node: AnyNode): AnyNode {
  let current: AnyNode = node;
  while (current.parent !== null) {
    current = current.parent;
    if (isTag(current) && BLOCKS.has(current.name)) return current;
  }
  return current;
}

function isCreditBlock(el: Element, rules: CleanupRules): boolean {
  return el.attribs.class !== undefined && rules.creditClasses.some((name) => hasClass(el, name));
}

/** Whether nothing but blank text and line breaks follows `text` in its block. */
function endsItsBlock(text: Text): boolean {
  for (let node: AnyNode = text; node.parent !== null; node = node.parent) {
    for (let next = node.next; next !== null; next = next.next) {
      if (isText(next) ? !isBlankText(next.data) : !(isTag(next) && (next.name === 'br' || isBlankText(textOf(next))))) {
        return false;
      }
    }
    if (isTag(node.parent) && BLOCKS.has(node.parent.name)) return true;
  }
  return true;
}

/** Whether the credit at `index` of `text` starts a line: nothing before it but a <br>. */
function isOwnLine(text: Text, index: number): boolean {
  if (!isBlankText(text.data.slice(0, index))) return false;
  let previous = text.prev;
  while (previous !== null && isText(previous) && isBlankText(previous.data)) previous = previous.prev;
  return previous !== null && isTag(previous) && previous.name === 'br';
}

/** Removing a block detaches it, not its descendants: walk up to see whether `node` is still in `doc`. */
function isAttached(node: AnyNode, doc: Document): boolean {
  let current: AnyNode = node;
  while (current.parent !== null) current = current.parent;
  return current === doc;
}

/** 李墨轩 SF009 → 李墨轩; a credit that is only a code keeps the code rather than nothing. */
function editorName(raw: string, rules: CleanupRules): string {
  const name = clean(raw);
  return clean(name.replace(rules.editorCode, '')) || name;
}

function clean(text: string): string {
  return displayText(text);
}
