import type { Article, ArticleMeta } from './bundle-types';

/** Fixture articles for pure unit tests, on either side. Never imported by app code. */
export function testMeta(id: string, overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id,
    title: `标题 ${id}`,
    date: '2022-03-15T02:30:00.000Z',
    source: '新浪财经',
    categories: [['金融', '新浪财经', '新浪财经－国內']],
    stocks: [{ code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村' }],
    summary: '摘要',
    charCount: 800,
    readingMinutes: 2,
    headImage: 'https://n.sinaimg.cn/finance/head.png',
    byline: null,
    editor: '王测试',
    rev: 'rev0000001',
    ...overrides,
  };
}

export function testArticle(id: string, overrides: Partial<Article> = {}): Article {
  return {
    ...testMeta(id),
    html: '<p>正文</p>',
    images: ['https://n.sinaimg.cn/finance/a.png', '/images/b.svg'],
    neighbours: { newer: null, older: null },
    ...overrides,
  };
}
