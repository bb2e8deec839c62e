/**
 * UI text in Simplified Chinese. Components never write user-facing text inline: the
 * strings the app shell and several features share are here (`strings`); each feature
 * keeps its own beside it (`<feature>-strings.ts`, e.g. readerStrings). No `as const`:
 * each object's type is its shape with `string` values and the functions' signatures,
 * so another locale is one more object of that type (src/app/locale-shape.test.ts).
 * Functions cover text that embeds numbers or names.
 */
/** Counts as the UI writes them (12,345). */
export const count = new Intl.NumberFormat('zh-CN');

export const strings = {
  app: {
    name: '读财',
    tagline: '中文财经资讯阅读',
    skipToContent: '跳到主要内容',
    mainNav: '主导航',
    pageTitle: (title: string) => `${title} · 读财`,
    /** The list's title with the unread count first, as mail and feed readers do: (12) 最新资讯 · 读财. */
    pageTitleUnread: (title: string, unread: number) => (unread > 0 ? `(${count.format(unread)}) ${title} · 读财` : `${title} · 读财`),
  },
  nav: {
    latest: '资讯',
    stocks: '股票',
    bookmarks: '收藏',
    bookmarksCount: (n: number) => `收藏（${count.format(n)} 篇）`,
    shortcuts: '快捷键',
  },
  common: {
    undo: '撤销',
  },
  time: {
    beijing: '北京时间',
    localHint: (local: string) => `北京时间；您所在时区为 ${local}`,
  },
  errors: {
    pageTitle: '出错了',
    heading: '页面出错了',
    hint: '请刷新页面重试。',
    reload: '刷新',
    retry: '重试',
    retrying: '正在重试…',
    bundleGeneric: { title: '加载资讯时出错', hint: '请稍后重试。' },
    bundleMissing: { title: '找不到资讯数据', hint: '数据包不存在，可能尚未生成或正在更新，请稍后重试。' },
    bundleSchema: { title: '资讯数据版本不兼容', hint: '数据包与当前版本的读财不匹配，请更新数据或刷新页面。' },
    bundleInvalid: { title: '资讯数据已损坏', hint: '数据包的格式不正确，请重新生成数据包。' },
    /** Where the data is broken: the file and the field, so whoever builds the bundle can find it. */
    bundleInvalidAt: (file: string, field: string) => (field ? `文件 ${file} 中的 ${field} 不符合数据格式。` : `文件 ${file} 不符合数据格式。`),
    bundlePermanent: '这不会自行恢复，重试也无济于事：请重新生成数据包，或告知站点维护者。',
    bundleHttp: { title: '服务器暂时无法提供资讯', hint: '请稍后重试。' },
    bundleNetwork: { title: '网络连接失败', hint: '请检查网络连接后重试。' },
  },
  notFound: {
    pageTitle: '找不到页面',
    heading: '页面不存在',
    hint: '您访问的地址有误，或该页面已被移除。',
    articleHeading: '找不到这篇文章',
    articleHint: '这篇文章不在当前数据中，可能已被移除。',
    stockHeading: '找不到这只股票',
    stockHint: '当前数据中没有提到这只股票的文章。',
    home: '返回首页',
  },
  list: {
    pageTitle: '最新资讯',
    heading: '最新资讯',
    listLabel: '资讯列表',
    loading: '正在加载资讯…',
    empty: '暂无资讯',
    emptyFiltered: '没有符合筛选条件的资讯',
    total: (n: number) => `共 ${count.format(n)} 篇`,
    today: '今天',
    yesterday: '昨天',
    bookmark: '收藏',
    bookmarked: '已收藏',
    noImage: '无配图',
    readingMinutes: (n: number) => `约 ${n} 分钟`,
    stocksLabel: '提及的股票',
    read: '已读',
    unreadOnly: '只看未读',
    markAllRead: '全部标为已读',
    markedAllRead: (n: number) => `已将 ${count.format(n)} 篇标为已读`,
    nothingToMark: '没有未读的文章',
    rowOffline: '这条资讯需要联网才能显示。',
    rowBroken: '这条资讯的数据已损坏，无法显示。',
    rowBrokenAt: (file: string, field: string) =>
      field ? `资讯数据已损坏：文件 ${file} 中的 ${field} 不符合数据格式。` : `资讯数据已损坏：文件 ${file} 不符合数据格式。`,
    segments: '翻阅更多资讯',
    unreadBadge: (n: number) => `${count.format(n)} 篇未读`,
    stockHeading: (name: string, symbol: string) => `${name} · ${symbol} 相关资讯`,
    newer: '更新的资讯',
    older: '更早的资讯',
    jumpToMonth: '跳到月份',
    monthLabel: (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`,
  },
};
