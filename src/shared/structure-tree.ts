/**
 * The small adapter over a tree that the structure pass (html-structure.ts) works
 * through: htmlparser2's nodes in the ingest, the DOM in the reader. Only elements and
 * texts are left by the time it runs (the sanitizer dropped comments and the rest).
 */
export interface StructureTree<N> {
  /** Lower-case element name, or null for a text node (the only other kind left). */
  name(node: N): string | null;
  children(node: N): readonly N[];
  /** Makes `children` the node's children, in this order (detaching them from elsewhere). */
  setChildren(node: N, children: readonly N[]): void;
  text(node: N): string;
  setText(node: N, text: string): void;
  createElement(name: string): N;
  createText(text: string): N;
}

export function isElement<N>(tree: StructureTree<N>, node: N): boolean {
  return tree.name(node) !== null;
}

/** Elements below `root` in document order (pre-order), collected first. */
export function elementsOf<N>(root: N, tree: StructureTree<N>): N[] {
  const out: N[] = [];
  const stack: N[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    const children = tree.children(node);
    for (let i = children.length - 1; i >= 0; i--) if (isElement(tree, children[i]!)) stack.push(children[i]!);
  }
  return out;
}
