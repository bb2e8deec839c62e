import type { SectorKey } from './sector-profiles';

// Real listed companies under their real Sina quote codes, so the ingest's stock
// extraction meets every code shape it will meet in production: sh6xxxxx,
// sz00xxxx and sz30xxxx, bj4xxxxx and bj8xxxxx, five-digit hk codes and gb_
// US tickers in lower case.

export type Market = 'sh' | 'sz' | 'bj' | 'hk' | 'gb';

export interface ListedCompany {
  /** The Sina code as it appears in `stock_<code>` span ids and news_keyword_pub. */
  readonly code: string;
  /** The short name the press uses. */
  readonly name: string;
  readonly market: Market;
  readonly sector: SectorKey;
}

const table: readonly (readonly [string, string, SectorKey])[] = [
  // Shanghai main board and STAR market
  ['sh600519', '贵州茅台', 'liquor'],
  ['sh601318', '中国平安', 'insurance'],
  ['sh601628', '中国人寿', 'insurance'],
  ['sh600036', '招商银行', 'bank'],
  ['sh601398', '工商银行', 'bank'],
  ['sh601988', '中国银行', 'bank'],
  ['sh601166', '兴业银行', 'bank'],
  ['sh600000', '浦发银行', 'bank'],
  ['sh600030', '中信证券', 'broker'],
  ['sh600276', '恒瑞医药', 'pharma'],
  ['sh603259', '药明康德', 'pharma'],
  ['sh600900', '长江电力', 'power'],
  ['sh600905', '三峡能源', 'power'],
  ['sh601088', '中国神华', 'power'],
  ['sh601012', '隆基绿能', 'solar'],
  ['sh600028', '中国石化', 'oil'],
  ['sh601857', '中国石油', 'oil'],
  ['sh600104', '上汽集团', 'auto'],
  ['sh601633', '长城汽车', 'auto'],
  ['sh601127', '赛力斯', 'auto'],
  ['sh600309', '万华化学', 'materials'],
  ['sh601899', '紫金矿业', 'materials'],
  ['sh600585', '海螺水泥', 'materials'],
  ['sh600887', '伊利股份', 'consumer'],
  ['sh601888', '中国中免', 'consumer'],
  ['sh600690', '海尔智家', 'consumer'],
  ['sh603288', '海天味业', 'consumer'],
  ['sh600048', '保利发展', 'property'],
  ['sh601668', '中国建筑', 'property'],
  ['sh600050', '中国联通', 'telecom'],
  ['sh601728', '中国电信', 'telecom'],
  ['sh600941', '中国移动', 'telecom'],
  ['sh601138', '工业富联', 'hardware'],
  ['sh600760', '中航沈飞', 'industrial'],
  ['sh688981', '中芯国际', 'chip'],
  ['sh688111', '金山办公', 'internet'],
  // Shenzhen main board
  ['sz000001', '平安银行', 'bank'],
  ['sz000002', '万科A', 'property'],
  ['sz000858', '五粮液', 'liquor'],
  ['sz000568', '泸州老窖', 'liquor'],
  ['sz000333', '美的集团', 'consumer'],
  ['sz000651', '格力电器', 'consumer'],
  ['sz002594', '比亚迪', 'auto'],
  ['sz000625', '长安汽车', 'auto'],
  ['sz000725', '京东方A', 'hardware'],
  ['sz002415', '海康威视', 'hardware'],
  ['sz002475', '立讯精密', 'hardware'],
  ['sz000063', '中兴通讯', 'telecom'],
  ['sz002230', '科大讯飞', 'internet'],
  ['sz000931', '中关村', 'pharma'],
  ['sz002714', '牧原股份', 'agriculture'],
  ['sz002460', '赣锋锂业', 'materials'],
  ['sz000792', '盐湖股份', 'materials'],
  ['sz002352', '顺丰控股', 'logistics'],
  ['sz000100', 'TCL科技', 'hardware'],
  // ChiNext
  ['sz300750', '宁德时代', 'battery'],
  ['sz300014', '亿纬锂能', 'battery'],
  ['sz300059', '东方财富', 'broker'],
  ['sz300760', '迈瑞医疗', 'pharma'],
  ['sz300015', '爱尔眼科', 'pharma'],
  ['sz300124', '汇川技术', 'industrial'],
  ['sz300274', '阳光电源', 'solar'],
  ['sz300498', '温氏股份', 'agriculture'],
  // Beijing Stock Exchange
  ['bj430047', '诺思兰德', 'pharma'],
  ['bj430090', '同辉信息', 'hardware'],
  ['bj430139', '华岭股份', 'chip'],
  ['bj430418', '苏轴股份', 'industrial'],
  ['bj430510', '丰光精密', 'industrial'],
  ['bj830799', '艾融软件', 'internet'],
  ['bj832491', '奥迪威', 'hardware'],
  ['bj833819', '颖泰生物', 'materials'],
  ['bj835185', '贝特瑞', 'battery'],
  ['bj836239', '长虹能源', 'battery'],
  ['bj830809', '安达科技', 'battery'],
  // Hong Kong
  ['hk00700', '腾讯控股', 'internet'],
  ['hk09988', '阿里巴巴-W', 'internet'],
  ['hk03690', '美团-W', 'internet'],
  ['hk01810', '小米集团-W', 'hardware'],
  ['hk09618', '京东集团-SW', 'internet'],
  ['hk01024', '快手-W', 'internet'],
  ['hk09888', '百度集团-SW', 'internet'],
  ['hk00941', '中国移动', 'telecom'],
  ['hk00005', '汇丰控股', 'bank'],
  ['hk01299', '友邦保险', 'insurance'],
  ['hk02318', '中国平安', 'insurance'],
  ['hk00388', '香港交易所', 'broker'],
  ['hk01211', '比亚迪股份', 'auto'],
  ['hk02015', '理想汽车-W', 'auto'],
  ['hk09868', '小鹏汽车-W', 'auto'],
  ['hk00883', '中国海洋石油', 'oil'],
  ['hk02269', '药明生物', 'pharma'],
  ['hk00016', '新鸿基地产', 'property'],
  ['hk01109', '华润置地', 'property'],
  ['hk00981', '中芯国际', 'chip'],
  // United States
  ['gb_aapl', '苹果', 'hardware'],
  ['gb_msft', '微软', 'internet'],
  ['gb_nvda', '英伟达', 'chip'],
  ['gb_amd', 'AMD', 'chip'],
  ['gb_intc', '英特尔', 'chip'],
  ['gb_tsm', '台积电', 'chip'],
  ['gb_tsla', '特斯拉', 'auto'],
  ['gb_nio', '蔚来', 'auto'],
  ['gb_li', '理想汽车', 'auto'],
  ['gb_xpev', '小鹏汽车', 'auto'],
  ['gb_amzn', '亚马逊', 'internet'],
  ['gb_googl', '谷歌', 'internet'],
  ['gb_meta', 'Meta', 'internet'],
  ['gb_baba', '阿里巴巴', 'internet'],
  ['gb_pdd', '拼多多', 'internet'],
  ['gb_jd', '京东', 'internet'],
  ['gb_bidu', '百度', 'internet'],
  ['gb_bili', '哔哩哔哩', 'internet'],
];

function marketOf(code: string): Market {
  if (code.startsWith('gb_')) return 'gb';
  const prefix = code.slice(0, 2);
  if (prefix === 'sh' || prefix === 'sz' || prefix === 'bj' || prefix === 'hk') return prefix;
  throw new Error(`unknown market in stock code ${code}`);
}

export const LISTED_COMPANIES: readonly ListedCompany[] = table.map(([code, name, sector]) => ({
  code,
  name,
  market: marketOf(code),
  sector,
}));
