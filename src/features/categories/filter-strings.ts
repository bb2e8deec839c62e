import { count } from '../../shared/strings';

/** The list's filters: categories, stocks, unread: the text it shows (the convention: src/shared/strings.ts). */
export const filterStrings = {
  heading: '分类',
  open: '分类筛选',
  close: '关闭',
  clearAll: '清除筛选',
  all: '全部资讯',
  stock: (name: string) => `股票：${name}`,
  unread: '未读',
  removeFilter: (name: string) => `移除筛选：${name}`,
  active: '当前筛选',
  count: (n: number) => `${count.format(n)} 篇`,
  expand: (name: string) => `展开 ${name}`,
  collapse: (name: string) => `收起 ${name}`,
  uncategorized: '未分类',
};
