/** Keyboard shortcuts and their help: the text it shows (the convention: src/shared/strings.ts). */
export const keyboardStrings = {
  heading: '快捷键',
  close: '关闭',
  open: '查看快捷键',
  next: '下一条',
  previous: '上一条',
  openItem: '打开',
  back: '返回列表',
  bookmark: '收藏',
  search: '搜索',
  theme: '切换主题',
  help: '显示本帮助',
  nextArticle: '下一篇（更早）',
  previousArticle: '上一篇（更新）',
  toggleRead: '标为已读 / 未读',
  original: '查看原文',
};
