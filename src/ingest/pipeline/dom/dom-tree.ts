/**
 * Small helpers over htmlparser2's DOM (domhandler nodes), shared by the ingest steps.
 *
 * Invariants every step relies on (issue 9, "no pathological post"):
 * - No walk recurses: each keeps its own stack, so a 20,000-deep body cannot overflow
 *   the call stack, and the cost of a walk is the number of nodes it visits.
 * - Walks that collect collect first, so callers may edit the tree afterwards.
 * - Editing one child costs O(siblings) (domhandler keeps children in an array), so a
 *   step that edits in a loop collects its edits in a DomEdits and applies them once:
 *   every parent's children are rebuilt a single time. The single-node helpers (remove,
 *   unwrap, replace) are for steps that edit a bounded number of nodes.
 * - parseBody caps the depth of the tree (MAX_PARSE_DEPTH), so the ancestor walks
 *   (closestElement, DomEdits.isGone) cost at most that many steps a node.
 */
import { Element, Text, isTag, isText, isComment, hasChildren, type AnyNode, type ParentNode } from 'domhandler';

/** Pushes `nodes` on `stack` so that popping yields them in document order. */
function pushReversed(stack: AnyNode[], nodes: readonly AnyNode[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
}

/** Every element below `root`, in document order. */
export function elementsOf(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  pushReversed(stack, root.children);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    out.push(node);
    pushReversed(stack, node.children);
  }
  return out;
}

/** The elements named `name` below `root`, in document order. */
export function elementsNamed(root: ParentNode, name: string): Element[] {
  return elementsOf(root).filter((el) => el.name === name);
}

/**
 * The first element below `root`, in document order, that `test` accepts; stops there
 * instead of collecting the whole tree.
 */
export function findElement(root: ParentNode, test: (el: Element) => boolean): Element | null {
  const stack: AnyNode[] = [];
  pushReversed(stack, root.children);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (test(node)) return node;
    pushReversed(stack, node.children);
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
  const stack: AnyNode[] = [];
  pushReversed(stack, root.children);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) out.push(node);
    else if (isTag(node)) {
      if (!skip(node)) pushReversed(stack, node.children);
    } else if (hasChildren(node)) pushReversed(stack, node.children);
  }
  return out;
}

/** Every node below `root` (elements, text, comments…), in document order. */
export function nodesOf(root: ParentNode): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [];
  pushReversed(stack, root.children);
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    if (hasChildren(node)) pushReversed(stack, node.children);
  }
  return out;
}

export function hasClass(el: Element, name: string): boolean {
  const value = el.attribs.class;
  if (value === undefined) return false;
  return value.split(/\s+/).includes(name);
}

/**
 * The text of a node as a reader sees it (entities decoded, tags and comments gone),
 * leaving out the nodes `skip` accepts and everything under them.
 */
export function textOf(node: AnyNode | readonly AnyNode[], skip?: (node: AnyNode) => boolean): string {
  const pieces: string[] = [];
  const stack: AnyNode[] = [];
  if (Array.isArray(node)) pushReversed(stack, node as readonly AnyNode[]);
  else stack.push(node as AnyNode);
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (skip?.(current)) continue;
    if (isText(current)) pieces.push(current.data);
    else if (hasChildren(current) && !isComment(current)) pushReversed(stack, current.children);
  }
  return pieces.join('');
}

/** Whitespace as pipelines write it: ASCII, no-break space, full-width space, zero-width. */
export const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/;

export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}

/** Detaches `node` from its parent. O(siblings): see DomEdits for loops. */
export function remove(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.lastIndexOf(node);
  if (index !== -1) parent.children.splice(index, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.prev = node.next = node.parent = null;
}

/**
 * A new element owning `children`, which must be detached or belong to a subtree that
 * is being thrown away (their old parent's list is not updated: that would cost
 * O(siblings) each).
 */
export function createElement(name: string, attribs: Record<string, string>, children: AnyNode[] = []): Element {
  const el = new Element(name, attribs, children);
  for (const child of children) child.parent = el;
  relink(el);
  return el;
}

export function createText(data: string): Text {
  return new Text(data);
}

/** Sets `children` as the children of `parent` (parent and sibling links included). */
export function setChildren(parent: ParentNode, children: AnyNode[]): void {
  for (const child of children) child.parent = parent;
  parent.children = children;
  relink(parent);
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

const UNWRAP: readonly AnyNode[] = Object.freeze([]);

/**
 * Edits collected during a walk and applied at once, so a step that removes, unwraps or
 * replaces many nodes stays linear: apply() rebuilds each affected parent's children a
 * single time, deepest parents first (an unwrapped element hands over its children as
 * they are after their own edits). Until apply(), the tree is as it was: use isGone() to
 * skip what an earlier decision already took out.
 */
export class DomEdits {
  readonly #edits = new Map<AnyNode, readonly AnyNode[]>();

  remove(node: AnyNode): void {
    this.#edits.set(node, []);
  }

  unwrap(el: Element): void {
    this.#edits.set(el, UNWRAP);
  }

  /** `nodes` stand where `node` was; they must be detached (or in a subtree being dropped). */
  replace(node: AnyNode, nodes: AnyNode | readonly AnyNode[]): void {
    this.#edits.set(node, Array.isArray(nodes) ? (nodes as readonly AnyNode[]) : [nodes as AnyNode]);
  }

  get size(): number {
    return this.#edits.size;
  }

  /** Whether `node` itself is removed or replaced (its ancestors are not looked at). */
  has(node: AnyNode): boolean {
    const edit = this.#edits.get(node);
    return edit !== undefined && edit !== UNWRAP;
  }

  /** Whether `node` or one of its ancestors is removed or replaced (not merely unwrapped). */
  isGone(node: AnyNode): boolean {
    for (let current: AnyNode | null = node; current !== null; current = current.parent) {
      const edit = this.#edits.get(current);
      if (edit !== undefined && edit !== UNWRAP) return true;
    }
    return false;
  }

  apply(): void {
    if (this.#edits.size === 0) return;
    const parents = new Map<ParentNode, number>();
    for (const node of this.#edits.keys()) {
      const parent = node.parent;
      if (parent !== null && !parents.has(parent)) parents.set(parent, depthOf(parent));
    }
    const ordered = [...parents.entries()].sort((a, b) => b[1] - a[1]).map(([parent]) => parent);
    for (const parent of ordered) {
      const next: AnyNode[] = [];
      for (const child of parent.children) {
        const edit = this.#edits.get(child);
        if (edit === undefined) next.push(child);
        else if (edit === UNWRAP && hasChildren(child)) {
          for (const grandchild of child.children) next.push(grandchild);
          child.children = [];
          child.parent = child.prev = child.next = null;
        } else {
          for (const replacement of edit) next.push(replacement);
          child.parent = child.prev = child.next = null;
        }
      }
      setChildren(parent, next);
    }
    this.#edits.clear();
  }
}

function depthOf(node: AnyNode): number {
  let depth = 0;
  for (let current = node.parent; current !== null; current = current.parent) depth++;
  return depth;
}

export { isTag, isText };
export type { AnyNode, Element, ParentNode, Text };
