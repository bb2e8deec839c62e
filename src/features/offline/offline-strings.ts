/** Offline state and app updates: the text it shows (the convention: src/shared/strings.ts). */
export const offlineStrings = {
  offline: '离线',
  offlineHint: '当前处于离线状态，读过的文章和收藏仍可阅读',
  needsNetwork: '需要联网',
  needsNetworkHint: '此操作需要联网，请连接网络后重试。',
  notCached: '这篇文章尚未缓存，联网后才能阅读。',
  updateAvailable: '有新版本',
  updateHint: '重新加载即可使用，收藏和阅读设置都会保留。',
  reload: '重新加载',
  reloading: '正在重新加载…',
  later: '稍后',
};
