import type { Document } from 'domhandler';
import type { CleanupRules } from '../cleanup-rules';
import { DomEdits, createElement, elementsNamed, elementsOf, findElement, hasClass, isTag, isText, textOf, type AnyNode, type Element } from '../dom/dom-tree';

/** Indentation the sources type by hand; the reading view indents with CSS instead. */
const LEADING_INDENT = /^[\s\u00a0\u3000]+/;
const INDENTED_BLOCKS = new Set(['p', 'li', 'figcaption', 'blockquote']);

/**
 * Turns presentational markup into semantic markup: bold fonts become <strong>, other
 * fonts are unwrapped, Sina's image wrappers become <figure>/<figcaption>, <h1> inside a
 * body becomes <h2> (the headline is the page's only h1), and the hand-typed full-width
 * indentation at the start of each paragraph, and after each <br>, goes.
 * Attributes are left for the sanitizer to filter. Renames happen in place; unwraps and
 * figure replacements are collected and applied at once.
 */
export function normalizeMarkup(doc: Document, rules: CleanupRules): void {
  const edits = new DomEdits();
  for (const el of elementsOf(doc)) {
    if (el.name === 'font') {
      if ((el.attribs['cms-style'] ?? '').split(/\s+/).includes(rules.boldStyleToken)) toStrong(el);
      else edits.unwrap(el);
    } else if (el.name === 'b') {
      toStrong(el);
    } else if (el.name === 'mark') {
      // <mark> is reserved for the stock mentions markStocks adds; a source's own
      // highlights (or forged stock marks) are plain text here.
      edits.unwrap(el);
    } else if (el.name === 'h1') {
      el.name = 'h2';
    } else if (hasClass(el, rules.imageWrapperClass) && !edits.isGone(el)) {
      toFigure(el, edits, rules);
    }
  }
  edits.apply();
  const trims = new DomEdits();
  for (const el of elementsOf(doc)) {
    if (INDENTED_BLOCKS.has(el.name)) trimIndents(el, trims);
  }
  trims.apply();
}

function toStrong(el: Element): void {
  el.name = 'strong';
  el.attribs = {};
}

/** `<div class="img_wrapper"><img …><span class="img_descr">…</span></div>` → figure. */
function toFigure(wrapper: Element, edits: DomEdits, rules: CleanupRules): void {
  const images = elementsNamed(wrapper, 'img');
  if (images.length === 0) {
    wrapper.attribs.class = '';
    return;
  }
  const captionSource = findElement(wrapper, (el) => hasClass(el, rules.imageCaptionClass));
  const children: AnyNode[] = [...images];
  if (captionSource && textOf(captionSource).trim() !== '') {
    children.push(createElement('figcaption', {}, [...captionSource.children]));
  }
  // The wrapper's subtree is dropped: its images and caption move into the figure.
  const figure = createElement('figure', {}, children);
  // A wrapper inside a paragraph would put a figure inside a <p>, which browsers split
  // apart; hoist it to stand beside the paragraph instead.
  const paragraph = wrapper.parent && isTag(wrapper.parent) && wrapper.parent.name === 'p' ? wrapper.parent : null;
  if (paragraph && !edits.isGone(paragraph) && textOf(paragraph).trim() === textOf(wrapper).trim()) {
    edits.replace(paragraph, figure);
  } else {
    edits.replace(wrapper, figure);
  }
}

/**
 * Strips leading indentation from the text that starts `block` and the text after each
 * <br>, at any depth of inline wrappers (a bold run of several lines). One walk in
 * document order; an image ends a line's indentation. A nested indented block is left to
 * its own walk (so every node is walked once) and the text after it starts a line. A text
 * left empty is removed.
 */
function trimIndents(block: Element, edits: DomEdits): void {
  let atLineStart = true;
  const stack: AnyNode[] = [];
  for (let i = block.children.length - 1; i >= 0; i--) stack.push(block.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      if (!atLineStart) continue;
      const trimmed = node.data.replace(LEADING_INDENT, '');
      if (trimmed === '') edits.remove(node);
      else {
        node.data = trimmed;
        atLineStart = false;
      }
    } else if (isTag(node)) {
      if (node.name === 'br' || INDENTED_BLOCKS.has(node.name)) atLineStart = true;
      else if (node.name === 'img') atLineStart = false;
      else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
}
