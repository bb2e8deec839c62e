/**
 * Small helpers over htmlparser2's DOM (domhandler nodes), shared by the ingest steps.
 * Every helper that walks collects the nodes first, so callers may remove or replace
 * the node they are handed without derailing the walk.
 */
import { DomUtils } from 'htmlparser2';
import { Element, Text, isTag, isText, hasChildren, type AnyNode, type ParentNode } from 'domhandler';

/** Every element below `root`, in document order. */
export function elementsOf(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (isTag(node)) {
        out.push(node);
        visit(node.children);
      }
    }
  };
  visit(root.children);
  return out;
}

/**
 * The first element below `root`, in document order, that `test` accepts; stops there
 * instead of collecting the whole tree.
 */
export function findElement(root: ParentNode, test: (el: Element) => boolean): Element | null {
  for (const node of root.children) {
    if (!isTag(node)) continue;
    if (test(node)) return node;
    const found = findElement(node, test);
    if (found) return found;
  }
  return null;
}

/** The nearest ancestor of `node` that `test` accepts, or null. */
export function closestElement(node: AnyNode, test: (el: Element) => boolean): Element | null {
  for (let current = node.parent; current !== null && isTag(current); current = current.parent) {
    if (test(current)) return current;
  }
  return null;
}

/** Every text node below `root`, in document order, skipping those under `skip`. */
export function textNodesOf(root: ParentNode, skip: (el: Element) => boolean = () => false): Text[] {
  const out: Text[] = [];
  const visit = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (isText(node)) out.push(node);
      else if (isTag(node)) {
        if (!skip(node)) visit(node.children);
      } else if (hasChildren(node)) visit(node.children);
    }
  };
  visit(root.children);
  return out;
}

export function hasClass(el: Element, name: string): boolean {
  const value = el.attribs.class;
  if (value === undefined) return false;
  return value.split(/\s+/).includes(name);
}

/** The text of a node as a reader sees it (entities decoded, tags gone). */
export function textOf(node: AnyNode | readonly AnyNode[]): string {
  return DomUtils.textContent(node as AnyNode);
}

/** Whitespace as pipelines write it: ASCII, no-break space, full-width space, zero-width. */
export const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/;

export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}

/** Replaces `el` by its children, keeping them in place. */
export function unwrap(el: Element): void {
  const parent = el.parent;
  if (!parent) return;
  const index = parent.children.indexOf(el);
  const children = el.children;
  for (const child of children) child.parent = parent;
  parent.children.splice(index, 1, ...children);
  relink(parent);
  el.children = [];
  el.parent = null;
}

export function remove(node: AnyNode): void {
  DomUtils.removeElement(node);
}

/** A new element owning `children` (detached from wherever they were). */
export function createElement(name: string, attribs: Record<string, string>, children: AnyNode[] = []): Element {
  for (const child of children) DomUtils.removeElement(child);
  const el = new Element(name, attribs, children);
  for (const child of children) child.parent = el;
  relink(el);
  return el;
}

export function replace(oldNode: AnyNode, newNode: AnyNode): void {
  DomUtils.replaceElement(oldNode, newNode);
}

export function createText(data: string): Text {
  return new Text(data);
}

/** Restores prev/next links after a splice, which domhandler does not do by itself. */
export function relink(parent: ParentNode): void {
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  }
}

export { isTag, isText };
export type { AnyNode, Element, ParentNode, Text };
