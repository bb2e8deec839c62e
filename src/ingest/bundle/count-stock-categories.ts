import type { CategoryTree, CategoryTreeNode } from './build-category-tree';

/**
 * Articles per category node among one stock's, as [joined path, count] sorted by path
 * (code-unit order): the same counting as the tree's, each article once per node, so the
 * app can show the tree's counts under a stock filter without the stock's metadata.
 * Only nodes with at least one of the stock's articles appear.
 */
export function countStockCategories(ordinals: readonly number[], nodesOf: CategoryTree['nodesOf']): [string, number][] {
  const counts = new Map<CategoryTreeNode, number>();
  for (const ordinal of ordinals) {
    for (const node of nodesOf[ordinal]!) counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  return [...counts].map(([node, count]): [string, number] => [node.key, count]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
