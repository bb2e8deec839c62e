import type { CategoryNode, Manifest } from '../shared/bundle-types';
import { joinCategoryPath } from '../shared/category-path';

const byManifest = new WeakMap<Manifest, ReadonlyMap<string, CategoryNode>>();

/** Every node of the manifest's category tree by joined path; built once per manifest. */
export function categoryNodes(manifest: Manifest): ReadonlyMap<string, CategoryNode> {
  let nodes = byManifest.get(manifest);
  if (!nodes) {
    const map = new Map<string, CategoryNode>();
    // Iterative, so no depth of tree can overflow the stack.
    const stack = [...manifest.categories];
    for (let node = stack.pop(); node; node = stack.pop()) {
      map.set(joinCategoryPath(node.path), node);
      stack.push(...node.children);
    }
    nodes = map;
    byManifest.set(manifest, nodes);
  }
  return nodes;
}
