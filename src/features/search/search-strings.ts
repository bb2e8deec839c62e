import { count } from '../../shared/strings';

/** Search over the bundle: the text it shows (the convention: src/shared/strings.ts). */
export const searchStrings = {
  label: '搜索资讯',
  placeholder: '搜索标题、正文、股票',
  clear: '清除搜索',
  heading: (query: string) => `搜索“${query}”`,
  found: (n: number) => `找到 ${count.format(n)} 篇`,
  foundAbout: (n: number) => `约 ${count.format(n)} 篇`,
  noneSoFar: '暂未找到',
  foundAtMost: (n: number) => `至多 ${count.format(n)} 篇`,
  countDetail: (min: number, unchecked: number) => `已确认 ${count.format(min)} 篇，另有 ${count.format(unchecked)} 篇待核对`,
  loading: '正在加载…',
  checkMore: (n: number) => `继续核对其余 ${count.format(n)} 篇`,
  loadMore: (n: number) => `显示更多（还有 ${count.format(n)} 篇）`,
  noResults: (query: string) => `没有找到包含“${query}”的资讯`,
  noResultsHint: '试试更短的词，或用空格分开几个词。',
  noneYet: (query: string) => `还没有找到包含“${query}”的资讯`,
  noneYetHint: (checked: number, unchecked: number) => `已核对 ${count.format(checked)} 篇可能包含它的资讯，另有 ${count.format(unchecked)} 篇待核对。`,
  noResultsFiltered: '当前的分类或股票筛选下没有结果。',
  searchEverywhere: '在全部资讯中搜索',
  tooShort: '请至少输入两个字再搜索。',
  sortLabel: '排序',
  sortRelevance: '标题优先',
  sortNewest: '最新',
};
