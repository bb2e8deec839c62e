import type { Document } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { CLEANUP_RULES } from '../cleanup-rules';
import {
  createElement, elementsOf, hasClass, isTag, isText, remove, replace, unwrap,
  type AnyNode, type Element,
} from '../dom/dom-tree';

/** Indentation the sources type by hand; the reading view indents with CSS instead. */
const LEADING_INDENT = /^[\s\u00a0\u3000]+/;

/**
 * Turns presentational markup into semantic markup: bold fonts become <strong>, other
 * fonts are unwrapped, Sina's image wrappers become <figure>/<figcaption>, <h1> inside a
 * body becomes <h2> (the headline is the page's only h1), and the hand-typed full-width
 * indentation at the start of each paragraph, and after each <br>, goes.
 * Attributes are left for the sanitizer to filter.
 */
export function normalizeMarkup(doc: Document): void {
  for (const el of elementsOf(doc)) {
    if (el.name === 'font') {
      if ((el.attribs['cms-style'] ?? '').split(/\s+/).includes(CLEANUP_RULES.boldStyleToken)) {
        replace(el, createElement('strong', {}, [...el.children]));
      } else {
        unwrap(el);
      }
    } else if (el.name === 'b') {
      replace(el, createElement('strong', {}, [...el.children]));
    } else if (el.name === 'mark') {
      // <mark> is reserved for the stock mentions markStocks adds; a source's own
      // highlights (or forged stock marks) are plain text here.
      unwrap(el);
    } else if (el.name === 'h1') {
      el.name = 'h2';
    } else if (hasClass(el, CLEANUP_RULES.imageWrapperClass)) {
      toFigure(el);
    }
  }
  for (const el of elementsOf(doc)) {
    if (el.name === 'p' || el.name === 'li' || el.name === 'figcaption' || el.name === 'blockquote') {
      trimIndentAfter(null, el);
      for (const br of el.children.filter((c): c is Element => isTag(c) && c.name === 'br')) trimIndentAfter(br, el);
    }
  }
}

/** `<div class="img_wrapper"><img …><span class="img_descr">…</span></div>` → figure. */
function toFigure(wrapper: Element): void {
  const images = DomUtils.getElementsByTagName('img', wrapper);
  if (images.length === 0) {
    wrapper.attribs.class = '';
    return;
  }
  const captionSource = DomUtils.findOne((el) => hasClass(el, CLEANUP_RULES.imageCaptionClass), wrapper.children);
  const children: AnyNode[] = [...images];
  if (captionSource && DomUtils.textContent(captionSource).trim() !== '') {
    children.push(createElement('figcaption', {}, [...captionSource.children]));
  }
  const figure = createElement('figure', {}, children);
  // A wrapper inside a paragraph would put a figure inside a <p>, which browsers split
  // apart; hoist it to stand beside the paragraph instead.
  const paragraph = wrapper.parent && isTag(wrapper.parent) && wrapper.parent.name === 'p' ? wrapper.parent : null;
  if (paragraph && DomUtils.textContent(paragraph).trim() === DomUtils.textContent(wrapper).trim()) {
    replace(paragraph, figure);
  } else {
    replace(wrapper, figure);
  }
}

/**
 * Strips leading indentation from the text that follows `after` (or starts `parent`),
 * descending into inline wrappers such as <strong>. Returns whether it reached text or
 * content that ends the search (an image, a line break).
 */
function trimIndentAfter(after: Element | null, parent: Element): boolean {
  const start = after ? parent.children.indexOf(after) + 1 : 0;
  for (let i = start; i < parent.children.length; i++) {
    const node = parent.children[i]!;
    if (isText(node)) {
      const trimmed = node.data.replace(LEADING_INDENT, '');
      if (trimmed !== '') {
        node.data = trimmed;
        return true;
      }
      remove(node);
      i--;
    } else if (isTag(node)) {
      if (node.name === 'br' || node.name === 'img' || trimIndentAfter(null, node)) return true;
    }
  }
  return false;
}
