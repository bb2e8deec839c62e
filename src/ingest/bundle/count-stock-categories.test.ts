import { describe, expect, it } from 'vitest';
import { buildCategoryTree } from './build-category-tree';
import { countStockCategories } from './count-stock-categories';

describe('countStockCategories', () => {
  const tree = buildCategoryTree([
    {
      categories: [
        ['金融', '新浪财经', '国內'],
        ['金融', '新浪财经', '港股'],
      ],
    },
    { categories: [['科技', '36氪']] },
    { categories: [['金融', '证券时报']] },
    { categories: [] },
  ]);

  it.each([
    { name: 'no articles', ordinals: [], expected: [] },
    { name: 'an article without categories', ordinals: [3], expected: [] },
    {
      name: 'an article under two paths counts once per node',
      ordinals: [0],
      expected: [
        ['金融', 1],
        ['金融/新浪财经', 1],
        ['金融/新浪财经/国內', 1],
        ['金融/新浪财经/港股', 1],
      ],
    },
    {
      name: 'several articles, sorted by path',
      ordinals: [0, 1, 2],
      expected: [
        ['科技', 1],
        ['科技/36氪', 1],
        ['金融', 2],
        ['金融/新浪财经', 1],
        ['金融/新浪财经/国內', 1],
        ['金融/新浪财经/港股', 1],
        ['金融/证券时报', 1],
      ],
    },
  ])('$name', ({ ordinals, expected }) => {
    expect(countStockCategories(ordinals, tree.nodesOf)).toEqual(expected);
  });
});
