import { count } from '../../shared/strings';

/** The stock directory and stock pages: the text it shows (the convention: src/shared/strings.ts). */
export const stockStrings = {
  pageTitle: '股票',
  heading: '股票',
  intro: '资讯中提到的所有股票，按提及篇数排序。',
  listLabel: '股票列表',
  articles: (n: number) => `${count.format(n)} 篇资讯`,
  articlesHeading: '相关资讯',
  relatedHeading: '常一同提及',
  relatedNone: '没有与之一同提及的股票。',
  quote: '新浪财经行情',
  quoteLabel: (name: string) => `${name}的新浪财经行情（新标签页打开）`,
  markets: { all: '全部', SH: '沪市', SZ: '深市', BJ: '北交所', HK: '港股', US: '美股', OTHER: '其他' },
  filterLabel: '按市场筛选',
};
