import type { ArticleMeta, CategoryPath } from '../../shared/bundle-types';
import { joinCategoryPath } from '../../shared/category-path';

export interface CategoryTreeNode {
  readonly name: string;
  readonly path: CategoryPath;
  /** The path joined by "/": the facet's key. */
  readonly key: string;
  /** Ordinals of the articles under this node or a descendant, ascending, each once. */
  readonly ordinals: readonly number[];
  /** Largest first, ties in pinyin order. */
  readonly children: readonly CategoryTreeNode[];
}

export interface CategoryTree {
  readonly roots: readonly CategoryTreeNode[];
  /** Every node, parents before their children. */
  readonly nodes: readonly CategoryTreeNode[];
  /** Per ordinal: every node the article is under, each once. */
  readonly nodesOf: readonly (readonly CategoryTreeNode[])[];
}

interface Building {
  readonly node: CategoryTreeNode & { ordinals: number[]; children: CategoryTreeNode[] };
  readonly byName: Map<string, Building>;
}

const collator = new Intl.Collator('zh-CN');
/** Pinyin order; code-unit order where the collator sees two names as equal, so the order is total. */
const pinyinOrder = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The category tree of articles in ordinal order. Counts articles, not filings: an
 * article under two feeds of 金融 is one of 金融's. Because ordinals arrive ascending, a
 * node has already seen an article exactly when its last ordinal is that article's, so
 * de-duplicating costs nothing and every node's list comes out sorted.
 */
export function buildCategoryTree(ordered: readonly Pick<ArticleMeta, 'categories'>[]): CategoryTree {
  const roots = new Map<string, Building>();
  const nodesOf: CategoryTreeNode[][] = [];
  for (let ordinal = 0; ordinal < ordered.length; ordinal++) {
    const under: CategoryTreeNode[] = [];
    for (const path of ordered[ordinal]!.categories) {
      let level = roots;
      for (let depth = 0; depth < path.length; depth++) {
        const name = path[depth]!;
        let building = level.get(name);
        if (building === undefined) {
          const nodePath = path.slice(0, depth + 1);
          building = {
            node: { name, path: nodePath, key: joinCategoryPath(nodePath), ordinals: [], children: [] },
            byName: new Map(),
          };
          level.set(name, building);
        }
        const { ordinals } = building.node;
        if (ordinals[ordinals.length - 1] !== ordinal) {
          ordinals.push(ordinal);
          under.push(building.node);
        }
        level = building.byName;
      }
    }
    nodesOf.push(under);
  }
  const nodes: CategoryTreeNode[] = [];
  const settle = (level: Map<string, Building>): CategoryTreeNode[] => {
    const sorted = [...level.values()].sort((a, b) => b.node.ordinals.length - a.node.ordinals.length || pinyinOrder(a.node.name, b.node.name));
    for (const { node, byName } of sorted) {
      nodes.push(node);
      node.children.push(...settle(byName));
    }
    return sorted.map((b) => b.node);
  };
  return { roots: settle(roots), nodes, nodesOf };
}
