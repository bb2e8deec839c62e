import { describe, expect, it } from 'vitest';
import type { CategoryPath } from '../../shared/bundle-types';
import { buildCategoryTree, type CategoryTreeNode } from './build-category-tree';

const articles = (...categories: CategoryPath[][]) => categories.map((c) => ({ categories: c }));
const shape = (nodes: readonly CategoryTreeNode[]): unknown[] =>
  nodes.map((n) => [n.key, [...n.ordinals], ...(n.children.length > 0 ? [shape(n.children)] : [])]);

describe('buildCategoryTree', () => {
  it('lists each node’s articles once, however many of its paths an article is under', () => {
    const tree = buildCategoryTree(
      articles(
        [
          ['金融', '新浪财经', '国內'],
          ['金融', '新浪财经', '港股'],
        ],
        [['科技']],
        [
          ['金融', '新浪财经', '国內'],
          ['金融', '新浪财经', '国內'],
        ],
        [],
      ),
    );
    expect(shape(tree.roots)).toEqual([
      [
        '金融',
        [0, 2],
        [
          [
            '金融/新浪财经',
            [0, 2],
            [
              ['金融/新浪财经/国內', [0, 2]],
              ['金融/新浪财经/港股', [0]],
            ],
          ],
        ],
      ],
      ['科技', [1]],
    ]);
    expect(tree.nodesOf.map((nodes) => nodes.map((n) => n.key))).toEqual([
      ['金融', '金融/新浪财经', '金融/新浪财经/国內', '金融/新浪财经/港股'],
      ['科技'],
      ['金融', '金融/新浪财经', '金融/新浪财经/国內'],
      [],
    ]);
  });

  it.each([
    { name: 'by count', input: articles([['地产']], [['宏观']], [['宏观']]), expected: ['宏观', '地产'] },
    // Pinyin: dì, hóng, jīn, kē.
    { name: 'ties in pinyin order', input: articles([['科技']], [['金融']], [['宏观']], [['地产']]), expected: ['地产', '宏观', '金融', '科技'] },
  ])('sorts siblings $name', ({ input, expected }) => {
    expect(buildCategoryTree(input).roots.map((n) => n.name)).toEqual(expected);
  });

  it('lists every node, parents before children, in tree order', () => {
    const tree = buildCategoryTree(articles([['a', 'b']], [['c']], [['c', 'd']], [['c', 'e']]));
    expect(tree.nodes.map((n) => n.key)).toEqual(['c', 'c/d', 'c/e', 'a', 'a/b']);
  });
});
