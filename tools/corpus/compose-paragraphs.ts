import type { Storyline } from './feed-categories';
import type { Story } from './create-story';
import { SECTOR_PROFILES, type SectorKey } from './sector-profiles';
import { WORDS } from './word-lists';

// The prose of a post: a lead, body paragraphs of several kinds (data, quotes,
// analysis, background, a numbered list, a stock paragraph) and a closing one,
// each filled with sentences until it reaches its target length. Company names
// go through story.mention(), so the first one is a stock link when the story
// links stocks and later ones are plain text, as on Sina.

type Sentence = (s: Story) => string;
type Kind = 'detail' | 'quote' | 'analysis' | 'background';

export interface ProseOptions {
  /** Paragraphs after the byline, lead and closing included (at least 3). */
  readonly paragraphCount: number;
  /** Average paragraph length in characters. */
  readonly paragraphChars: number;
  readonly withByline: boolean;
}

export interface Prose {
  /** “证券时报记者王小明 深圳报道”, or null. */
  readonly byline: string | null;
  /** Paragraph contents: text and stock-link markup, without the leading indent. */
  readonly paragraphs: readonly string[];
}

const MACRO_ITEMS = [
  '服务零售额',
  '餐饮收入',
  '汽车类零售额',
  '家电类零售额',
  '高技术制造业增加值',
  '装备制造业增加值',
  '基础设施投资',
  '制造业投资',
  '房地产开发投资',
  '民间投资',
  '出口',
  '进口',
] as const;
/** Sectors whose products cross borders as goods. */
const EXPORTERS: ReadonlySet<SectorKey> = new Set<SectorKey>([
  'auto',
  'battery',
  'solar',
  'hardware',
  'chip',
  'materials',
  'industrial',
  'consumer',
  'pharma',
  'oil',
]);
const SECTOR_NAMES = Object.values(SECTOR_PROFILES).map((p) => p.name);

const prevYear = (s: Story): number => s.local.year - 1;
const lastMonth = (s: Story): number => (s.local.month === 1 ? 12 : s.local.month - 1);
const pp = (s: Story): string => (s.rng.int(1, 480) / 100).toFixed(2);
const product = (s: Story): string => s.rng.pick(s.profile.products);
const metric = (s: Story): string => s.rng.pick(s.profile.metrics);
const theme = (s: Story): string => s.rng.pick(s.profile.themes);
const project = (s: Story): string => s.rng.pick(s.profile.projects);
const volume = (s: Story): string => {
  const { min, max, unit } = s.profile.volume;
  const value = min + s.rng.next() * (max - min);
  return `${value >= 1000 ? Math.round(value) : value.toFixed(1)}${unit}`;
};
const business = (s: Story): string => {
  const p = product(s);
  return p.endsWith('业务') ? p : `${p}业务`;
};
/** Two different items joined by `glue`. */
const pair = (s: Story, items: readonly string[], glue: string): string => s.rng.sample(items, 2).join(glue);
const area = (s: Story): string => s.rng.pick(WORDS.policyAreas);
const broker = (s: Story): string => s.rng.pick(WORDS.brokers);
const anyCompany = (s: Story): string => s.company(s.rng.int(0, 3));
const abroad = (s: Story): string => s.rng.pick(['东南亚', '中东', '欧洲', '拉美', '北美', '非洲', '中亚', '日韩']);
const risk = (s: Story): string =>
  s.rng.pick(['海外需求放缓', '原材料价格波动', '地缘政治冲突', '汇率大幅波动', '行业竞争加剧', '政策落地不及预期', '下游需求恢复偏慢']);
const official = (s: Story): string => `${s.region}${s.rng.pick(WORDS.localBureaus)}${s.rng.pick(WORDS.officialRoles)}${s.person()}`;

const partner = (s: Story): string =>
  s.companies.length > 1
    ? s.company(1)
    : s.rng.pick(['中国科学院', '清华大学', '华为', '国家电网', '中国电子', '当地国资平台', '一家头部央企', '多家产业链企业']);

/** Quotes inside a quotation take the single form: “…‘两区’…”. */
const quote = (text: string): string => `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;

const speaker = (s: Story): string =>
  s.rng.weighted([
    [() => `${broker(s)}${s.rng.pick(WORDS.analystRoles)}${s.person()}`, 4],
    [() => `${s.company(0)}${s.rng.pick(WORDS.executiveRoles)}${s.person()}`, 3],
    [() => official(s), 2],
    [() => `${s.rng.pick(WORDS.thinkTanks)}研究员${s.person()}`, 2],
    [() => `一位不愿具名的${s.profile.name}行业人士`, 1],
  ] as const)();

const QUOTE_CLAUSES: readonly Sentence[] = [
  (s) => `${theme(s)}对行业的影响仍在持续，短期内${s.profile.name}企业的盈利仍将承压`,
  (s) => `随着“${s.policy}”相关政策逐步落地，${s.profile.name}行业有望迎来新的增长空间`,
  (s) =>
    `当前${s.profile.name}需求端${s.rng.pick(['逐步回暖', '仍较疲软', '超出预期', '出现分化'])}，供给端${s.rng.pick(['持续出清', '仍有压力', '明显收缩', '扩张放缓'])}，行业格局正在重塑`,
  (s) => `下一步将继续加大${area(s)}领域的支持力度，推动更多项目尽快落地见效`,
  (s) => `公司将坚持长期主义，把更多资源投入到${product(s)}等核心业务上`,
  (s) => `${product(s)}的渗透率仍有较大提升空间，未来三年是关键窗口期`,
  (s) => `市场对${theme(s)}的担忧有所缓解，但仍需关注${risk(s)}带来的不确定性`,
  () => '企业最关心的是政策的连续性和稳定性，这次的措施回应了不少诉求',
  (s) => `今年以来公司海外订单明显增加，${abroad(s)}市场的增速尤其快`,
  (s) => `${s.local.year}年是行业调整的关键一年，优质企业的竞争优势会进一步凸显`,
  (s) => `我们看到${s.profile.name}龙头在成本和技术上的优势正在转化为市场份额`,
  (s) => `目前各项工作进展顺利，预计${s.rng.int(1, 12)}月底前完成全部审批手续`,
  (s) => `过去一年我们在${product(s)}上的投入超过${s.money(0.5, 50)}，这些投入已经开始看到回报`,
  () => '行业不缺产能，缺的是有竞争力的产品和健康的价格秩序',
  (s) => `${area(s)}是${s.region}下一阶段的重点，我们会拿出更多真金白银的支持举措`,
];

const ANALYSIS_CLAUSES: readonly Sentence[] = [
  (s) => `${theme(s)}有望成为下半年${s.profile.name}板块的主要催化因素`,
  (s) => `政策效果将在未来一到两个季度逐步显现，${s.rng.pick(WORDS.macroIndicators)[0]}有望企稳回升`,
  (s) => `当前${s.profile.name}板块估值处于近五年${s.rng.int(5, 40)}%分位附近，具备较高的安全边际`,
  (s) => `在“${s.policy}”政策推动下，${product(s)}的需求将保持较快增长`,
  (s) => `${s.profile.name}行业的竞争正从价格转向技术和服务，头部企业的集中度将进一步提升`,
  (s) => `短期看市场情绪仍有反复，中长期看${s.profile.name}的基本面正在改善`,
  () => '宏观政策仍有加码空间，货币政策将保持适度宽松，降准降息仍可期待',
  () => '外部环境的不确定性上升，出口增速可能阶段性放缓，内需的重要性更加突出',
  (s) => `${s.local.year}年${s.profile.name}板块的盈利增速有望达到${s.pct(5, 35)}，高于全市场平均水平`,
  (s) => `${s.company(0)}在${product(s)}领域的先发优势明显，有望率先受益于行业回暖`,
  (s) => `资金面上，近一个月${s.profile.name}主题基金获得持续净申购，增量资金入场迹象明显`,
  (s) => `随着${theme(s)}逐步兑现，行业供需关系有望在${s.local.year + 1}年迎来改善`,
];

const COMPANY_DETAIL: readonly Sentence[] = [
  (s) => `其中，${product(s)}${s.rng.pick(['收入', '规模', '销量'])}同比${s.change()}${s.pct(1, 60)}，占比提升至${s.pct(10, 70)}。`,
  (s) => `分季度看，第${s.rng.int(1, 4)}季度${metric(s)}${s.money(1, 900)}，环比${s.change()}${s.pct(0.5, 30)}。`,
  (s) =>
    `数据显示，${prevYear(s)}年全年${s.company(0)}${metric(s)}${s.money(5, 3000)}，${s.rng.pick(['位居行业第一', '连续三年保持增长', '增速在同行中居前', '较上年有所回落'])}。`,
  (s) => `${anyCompany(s)}${s.profile.volume.label}达到${volume(s)}，市场份额约为${s.pct(3, 45)}。`,
  (s) => `报告期内，公司研发投入${s.money(0.3, 200)}，占营业收入的比例为${s.pct(2, 25)}，同比提升${pp(s)}个百分点。`,
  (s) => `公司毛利率为${s.pct(8, 70)}，较上年同期${s.rng.pick(['提升', '下降'])}${pp(s)}个百分点；净利率为${s.pct(1, 35)}。`,
  (s) => `按照规划，项目全部达产后预计可实现年营业收入约${s.money(2, 400)}，年均净利润约${s.money(0.3, 60)}。`,
  (s) => `值得注意的是，报告期内${s.company(0)}经营活动产生的现金流量净额为${s.money(0.5, 800)}，同比${s.change()}${s.pct(1, 90)}。`,
  (s) => `报告期内，公司${business(s)}实现收入${s.money(1, 900)}，同比${s.change()}${s.pct(1, 70)}，占营业收入的比重为${s.pct(5, 80)}。`,
  (s) => `截至报告期末，公司总资产${s.money(50, 30000)}，资产负债率为${s.pct(20, 85)}，较年初${s.rng.pick(['下降', '上升'])}${pp(s)}个百分点。`,
  (s) => `海外市场方面，公司境外收入${s.money(1, 900)}，同比${s.change()}${s.pct(1, 80)}，在${abroad(s)}等地的渠道布局持续完善。`,
  (s) => `利润分配方面，公司拟向全体股东每10股派发现金红利${(s.rng.int(5, 300) / 10).toFixed(1)}元（含税），合计派现${s.money(1, 600)}。`,
  () => '公告显示，本次投资的资金来源为公司自有资金及银行贷款，不会对公司正常生产经营产生重大不利影响。',
  (s) => `${s.company(0)}表示，本次合作有利于发挥双方在${product(s)}领域的优势，进一步提升公司的核心竞争力。`,
  (s) => `公司预计${s.local.year + 1}年${product(s)}相关产能将提升至${volume(s)}，较目前翻一番。`,
];

const SECTOR_DETAIL: readonly Sentence[] = [
  (s) => `截至${lastMonth(s)}月末，${s.rng.pick([s.region, '全国', '行业'])}${product(s)}余额${s.money(100, 60000)}，较年初增加${s.money(10, 3000)}。`,
  (s) => {
    const [a, b, c] = s.rng.sample(WORDS.regions, 3);
    return `从区域看，${a}、${b}、${c}的增速位居前列，分别为${s.pct(5, 40)}、${s.pct(5, 35)}和${s.pct(3, 30)}。`;
  },
  (s) =>
    `${s.rng.pick(s.profile.sources)}数据显示，${s.local.year}年前${s.rng.int(2, 11)}个月，行业${s.profile.volume.label}累计${volume(s)}，同比${s.change()}${s.pct(0.5, 40)}。`,
  (s) => `其中，${lastMonth(s)}月单月${s.profile.volume.label}${volume(s)}，创${s.rng.pick(['年内新高', '近三年新高', '历史同期新高', '年内新低'])}。`,
  (s) => `全年累计完成投资${s.money(5, 3000)}，带动上下游新增就业岗位${s.rng.int(2, 90) * 100}个。`,
  (s) => `从结构看，${pair(s, s.profile.products, '和')}合计贡献了超过${s.rng.int(5, 8)}成的增量。`,
  (s) => `截至${s.dateText()}，${s.region}已累计落地相关项目${s.rng.int(12, 460)}个，涉及金额${s.money(10, 5000)}。`,
  (s) => `分地区看，东部地区${s.change()}${s.pct(0.5, 20)}，中部地区${s.change()}${s.pct(0.5, 20)}，西部地区${s.change()}${s.pct(0.5, 20)}。`,
  (s) => `行业集中度进一步提升，前五家企业合计市场份额达到${s.pct(30, 85)}，较上年提高${pp(s)}个百分点。`,
  (s) =>
    `价格方面，${product(s)}均价${s.rng.pick(['环比', '同比'])}${s.rng.pick(['上涨', '下跌'])}${s.pct(0.5, 25)}，${s.rng.pick(['连续三个月回升', '为年内首次下跌', '降幅较上月收窄', '涨幅有所扩大'])}。`,
  (s) =>
    EXPORTERS.has(s.sector)
      ? `出口方面，${product(s)}出口${s.change()}${s.pct(1, 60)}，对${abroad(s)}的出口增速最快。`
      : `从客群看，${product(s)}新增客户中${s.rng.pick(['年轻用户', '小微企业', '县域客户', '新市民'])}占比达到${s.pct(15, 60)}。`,
  (s) => `${anyCompany(s)}等头部企业的${s.profile.volume.label}合计占比超过${s.rng.int(3, 7)}成。`,
];

const MACRO_DETAIL: readonly Sentence[] = [
  (s) =>
    `从环比看，${s.rng.pick(WORDS.macroIndicators)[0]}${s.rng.pick(['上涨', '下降'])}${s.pct(0.1, 1.5)}，${s.rng.pick(['季节性因素', '节假日错月', '基数效应', '国际大宗商品价格波动'])}是主要原因。`,
  (s) => `扣除食品和能源价格后的核心CPI同比上涨${s.pct(0.1, 1.5)}，${s.rng.pick(['涨幅保持稳定', '涨幅比上月扩大0.1个百分点', '涨幅比上月回落0.1个百分点'])}。`,
  (s) => {
    const [a, b] = s.rng.sample(MACRO_ITEMS, 2);
    return `分项看，${a}、${b}分别${s.change()}${s.pct(0.5, 15)}和${s.pct(0.5, 15)}。`;
  },
  (s) =>
    `${s.report.year}年${s.report.period}，国内生产总值同比增长${s.pct(3.5, 6.5)}，${s.rng.pick(['比上年同期加快', '比上年同期回落', '与上年同期持平'])}。`,
  (s) =>
    `${lastMonth(s)}月末，广义货币（M2）余额${s.money(2_000_000, 3_400_000)}，同比增长${s.pct(6, 11)}；狭义货币（M1）余额${s.money(600_000, 1_100_000)}，同比${s.change()}${s.pct(0.1, 8)}。`,
  (s) => `前${s.rng.int(2, 11)}个月，全国一般公共预算收入${s.money(20_000, 200_000)}，同比${s.change()}${s.pct(0.1, 8)}。`,
];

const MARKET_DETAIL: readonly Sentence[] = [
  (s) => {
    const [a, b, c, d] = s.rng.sample(SECTOR_NAMES, 4);
    return `行业板块方面，${a}、${b}等板块涨幅居前，${c}、${d}等板块跌幅居前。`;
  },
  (s) => `资金面上，${s.rng.pick(['北向资金', '主力资金', '南向资金', '融资资金'])}全天净${s.rng.pick(['流入', '流出'])}${s.money(5, 300)}。`,
  (s) =>
    s.companies[0]?.market === 'hk' || s.companies[0]?.market === 'gb'
      ? `市场宽度方面，全天上涨个股${s.rng.int(200, 1800)}只，下跌个股${s.rng.int(200, 1800)}只。`
      : `市场情绪方面，全天共有${s.rng.int(20, 150)}只个股涨停，${s.rng.int(0, 40)}只个股跌停，封板率为${s.pct(55, 85)}。`,
  (s) => `成交方面，全天成交额${s.money(300, 30000)}，较上一交易日${s.rng.pick(['放量', '缩量'])}${s.money(20, 3000)}。`,
  (s) =>
    `从盘面看，${s.profile.name}板块${s.upbeat ? s.rng.pick(['早盘冲高', '尾盘拉升', '午后走强']) : s.rng.pick(['午后走弱', '冲高回落', '低开低走'])}，板块内超${s.rng.int(5, 9)}成个股${s.upbeat ? '上涨' : '下跌'}。`,
  (s) => `${s.profile.name}板块近${s.rng.int(3, 20)}个交易日累计${s.rise()}${s.pct(2, 35)}，板块市盈率（TTM）为${(s.rng.int(80, 600) / 10).toFixed(1)}倍。`,
];

const QUOTE: readonly Sentence[] = [
  (s) => `${quote(`${s.fresh(QUOTE_CLAUSES)(s)}。`)}${speaker(s)}对记者表示。`,
  (s) => `${speaker(s)}在接受采访时表示，${s.fresh(QUOTE_CLAUSES)(s)}。`,
  (s) => `${speaker(s)}指出，${s.fresh(QUOTE_CLAUSES)(s)}，${s.fresh(QUOTE_CLAUSES)(s)}。`,
  (s) =>
    `对此，${s.company(0)}相关负责人回应称，${s.rng.pick(['公司目前生产经营一切正常', '相关事项仍在推进中，以公司公告为准', '公司将持续关注市场变化并及时调整经营策略', '目前订单饱满，产能利用率保持高位'])}。`,
  (s) => `${quote(`${s.fresh(QUOTE_CLAUSES)(s)}。`)}在${s.rng.pick(WORDS.meetings)}上，${official(s)}说。`,
  (s) => `${speaker(s)}坦言，${s.fresh(QUOTE_CLAUSES)(s)}。${quote(`${s.fresh(QUOTE_CLAUSES)(s)}。`)}`,
  (s) => `在${speaker(s)}看来，${s.fresh(QUOTE_CLAUSES)(s)}。`,
];

const ANALYSIS: readonly Sentence[] = [
  (s) => `${broker(s)}${s.rng.pick(WORDS.analystRoles)}${s.person()}认为，${s.fresh(ANALYSIS_CLAUSES)(s)}。`,
  (s) => `${broker(s)}发布研报称，${s.fresh(ANALYSIS_CLAUSES)(s)}，维持${s.company(0)}“${s.rng.pick(['买入', '增持', '推荐', '强烈推荐', '跑赢行业'])}”评级。`,
  (s) => `${s.rng.pick(WORDS.thinkTanks)}研究员${s.person()}分析称，${s.fresh(ANALYSIS_CLAUSES)(s)}。`,
  (s) => `在业内人士看来，${s.fresh(ANALYSIS_CLAUSES)(s)}。`,
  (s) => `多位受访人士认为，${s.fresh(ANALYSIS_CLAUSES)(s)}。`,
  (s) => `${broker(s)}表示，${s.fresh(ANALYSIS_CLAUSES)(s)}，建议关注${s.company(0)}等${s.profile.name}龙头。`,
  (s) => `${broker(s)}在最新研报中指出，${s.fresh(ANALYSIS_CLAUSES)(s)}；同时提示，${risk(s)}可能对行业景气度形成扰动。`,
  (s) => `有分析人士指出，${s.fresh(ANALYSIS_CLAUSES)(s)}。`,
];

const BACKGROUND: readonly Sentence[] = [
  (s) =>
    `据了解，${s.company(0)}成立于${s.rng.int(1985, 2015)}年，主营业务涵盖${pair(s, s.profile.products, '、')}等，${prevYear(s)}年营业收入约${s.money(5, 8000)}。`,
  (s) => `公开资料显示，${s.region}是全国重要的${s.profile.name}产业基地，聚集了${s.rng.int(1, 30) * 50}余家上下游企业。`,
  (s) =>
    `这并非${s.company(0)}首次布局${product(s)}。早在${s.local.year - s.rng.int(2, 6)}年，公司就曾${s.rng.pick(['设立专门的事业部', '通过并购切入相关赛道', '与高校共建联合实验室', '发布过类似的产品'])}。`,
  (s) => `回顾来看，${prevYear(s)}年以来，${s.profile.name}行业先后经历了${pair(s, s.profile.themes, '、')}等多轮调整。`,
  (s) => `此前，${s.rng.pick(WORDS.regulators)}已于${s.local.year}年${s.rng.int(1, 12)}月发布相关通知，明确了${area(s)}领域的工作重点。`,
  (s) => `记者注意到，今年以来已有${s.rng.int(3, 60)}家${s.profile.name}上市公司披露了类似的投资计划，合计金额超过${s.money(20, 3000)}。`,
  (s) => `事实上，${theme(s)}早已是市场关注的焦点。${prevYear(s)}年下半年起，多家机构就曾提示相关风险。`,
  (s) => `资料显示，${s.region}${s.profile.name}产业规模已连续${s.rng.int(3, 10)}年位居全国前列。`,
];

const LIST_ITEMS: readonly Sentence[] = [
  (s) => {
    const [verb, noun] = s.rng.pick(LIST_ACTIONS);
    return `${verb}${area(s)}${noun}。`;
  },
];

const LIST_ACTIONS = [
  ['加大', '支持力度'],
  ['强化', '协同联动'],
  ['完善', '服务体系'],
  ['优化', '制度供给'],
  ['扩大', '开放水平'],
  ['提升', '保障能力'],
  ['深化', '改革创新'],
  ['健全', '工作机制'],
  ['加快', '项目建设'],
  ['拓展', '应用场景'],
] as const;

const LIST_FOLLOW_UPS: readonly Sentence[] = [
  (s) => `${s.region}累计推出${s.rng.int(20, 300)}项改革创新举措，其中${s.rng.int(3, 40)}项在全国范围内复制推广。`,
  (s) => `全年累计为企业减负超过${s.money(5, 900)}，惠及市场主体${s.rng.int(2, 180)}万户。`,
  (s) => `已建成${s.rng.int(3, 80)}个${project(s)}，带动社会投资约${s.money(10, 2000)}。`,
  (s) => `下一步将围绕${product(s)}等重点领域，推出更多务实举措。`,
  (s) => `截至目前，已有${s.rng.int(30, 4000)}家企业享受相关政策，累计获得资金支持${s.money(1, 300)}。`,
  (s) => `推动${pair(s, WORDS.policyAreas, '与')}深度融合，打造一批具有示范效应的应用场景。`,
  (s) => `建立“${s.rng.pick(['一企一策', '一事一议', '白名单', '绿色通道', '揭榜挂帅'])}”工作机制，对重点项目实行全流程跟踪服务。`,
  (s) => `设立总规模${s.money(10, 500)}的产业引导基金，重点投向${product(s)}等领域。`,
  (s) => `对符合条件的企业给予最高${s.rng.int(1, 20) * 100}万元奖励。`,
  (s) => `全年组织各类对接活动${s.rng.int(20, 600)}场，促成签约项目${s.rng.int(10, 300)}个。`,
];

const ORDINALS = ['一是', '二是', '三是', '四是'] as const;

const LEADS: Readonly<Record<Storyline, readonly Sentence[]>> = {
  policy: [
    (s) =>
      `${s.dateText()}，${s.region}${s.rng.pick(WORDS.localBureaus)}发布《关于加快推进${area(s)}高质量发展的若干措施》（以下简称《措施》），提出到${s.local.year + 2}年${s.rng.pick(['基本形成', '初步建成', '全面建成'])}${s.rng.pick(['具有全国影响力的', '特色鲜明的', '开放协同的'])}${s.profile.name}产业体系。`,
    (s) =>
      `${s.dateText()}，${s.region}召开“${s.policy}”建设${s.rng.pick(WORDS.meetings)}，相关部门负责人介绍了${pair(s, WORDS.policyAreas, '、')}等方面的阶段性进展。`,
    (s) =>
      `记者${s.dateText()}从${s.rng.pick(WORDS.regulators)}获悉，${s.rng.pick(WORDS.regulators)}等部门近日联合印发通知，进一步${s.rng.pick(['加强', '规范', '优化', '推动'])}${area(s)}相关工作。`,
  ],
  macro: [
    (s) => {
      const [indicator, basis] = s.rng.pick(WORDS.macroIndicators);
      return `${s.dateText()}，国家统计局发布数据显示，${lastMonth(s)}月份${indicator}${basis}${s.change()}${s.pct(0.1, 9)}，${s.rng.pick(['涨幅比上月扩大', '降幅比上月收窄', '增速比上月回落', '与上月持平'])}${pp(s)}个百分点。`;
    },
    (s) =>
      `${s.rng.pick(WORDS.regulators)}${s.dateText()}公布的数据显示，${s.report.year}年${s.report.period}${s.rng.pick(['社会融资规模增量', '人民币贷款增加', '财政收入', '实际使用外资金额'])}${s.money(500, 300000)}，同比${s.change()}${s.pct(0.5, 20)}。`,
  ],
  earnings: [
    (s) =>
      `${s.dateText()}晚间，${s.company(0)}发布${s.report.year}年${s.report.name}。报告期内，公司实现营业收入${s.money(2, 5000)}，同比${s.change()}${s.pct(0.5, 60)}；实现归属于上市公司股东的净利润${s.money(0.2, 900)}，同比${s.change()}${s.pct(0.5, 120)}。`,
    (s) =>
      `${s.company(0)}${s.dateText()}披露的${s.report.name}显示，${s.report.period}公司${metric(s)}${s.money(1, 3000)}，同比${s.change()}${s.pct(0.5, 80)}，${s.rng.pick(['高于市场预期', '略低于市场预期', '基本符合市场预期'])}。`,
  ],
  corporate: [
    (s) =>
      `${s.dateText()}晚间，${s.company(0)}发布公告称，公司拟以自有或自筹资金不超过${s.money(1, 500)}投资建设${project(s)}，项目建设期约${s.rng.int(12, 48)}个月。`,
    (s) =>
      `${s.dateText()}，${s.company(0)}与${partner(s)}在${s.rng.pick(WORDS.cities)}签署战略合作协议，双方将围绕${pair(s, s.profile.products, '、')}等领域开展深度合作。`,
    (s) =>
      `${s.dateText()}，${s.company(0)}公告称，公司${s.rng.pick(WORDS.executiveRoles)}${s.person()}因个人原因申请辞去所任职务，辞职后将不再担任公司任何职务。`,
    (s) => `${s.dateText()}，${s.company(0)}在${s.rng.pick(WORDS.cities)}召开发布会，正式推出新一代${product(s)}。`,
    (s) => `${s.dateText()}，${s.company(0)}披露回购方案，拟以${s.money(0.5, 10)}至${s.money(10, 50)}回购公司股份，回购价格不超过${s.rng.int(8, 400)}元/股。`,
  ],
  market: [
    (s) => {
      const market = s.companies[0]?.market;
      const [a, b, c] = market === 'hk' ? WORDS.marketIndices.hk : market === 'gb' ? WORDS.marketIndices.us : WORDS.marketIndices.a;
      const mixed = s.rng.chance(0.25);
      const mood = mixed ? '涨跌不一' : s.upbeat ? s.rng.pick(['集体收涨', '低开高走', '震荡走高']) : s.rng.pick(['集体收跌', '冲高回落', '震荡走低']);
      const move = (): string => `${mixed ? s.rng.pick(['涨', '跌']) : s.upbeat ? '涨' : '跌'}${s.pct(0.01, 3)}`;
      const scope = market === 'hk' ? '港股' : market === 'gb' ? '美股' : 'A股';
      const prefix = market === 'gb' ? `美东时间${s.dateText()}` : s.dateText();
      return `${prefix}，${scope}三大指数${mood}。截至收盘，${a}${move()}，${b}${move()}，${c}${move()}。`;
    },
    (s) =>
      `${s.dateText()}，市场${s.rng.pick(['全天震荡整理', '早盘小幅高开', '午后快速走弱', '尾盘拉升'])}，${s.profile.name}板块${s.rng.pick(['表现活跃', '集体走弱', '逆势上涨', '冲高回落'])}，全市场超${s.rng.int(10, 48) * 100}只个股${s.rise() === '涨' ? '上涨' : '下跌'}。`,
  ],
  industry: [
    (s) =>
      `${s.rng.pick(s.profile.sources)}${s.dateText()}发布的数据显示，${s.local.year}年${lastMonth(s)}月，${s.profile.name}行业${s.profile.volume.label}达到${volume(s)}，同比${s.change()}${s.pct(0.5, 50)}，环比${s.change()}${s.pct(0.2, 20)}。`,
    (s) => `近期，${s.profile.name}行业迎来新一轮${theme(s)}。${s.dateText()}，多家机构发布研报指出，${s.fresh(ANALYSIS_CLAUSES)(s)}。`,
  ],
};

const STOCK_MOVES: readonly Sentence[] = [(s) => `${s.rise()}${s.pct(0.1, 10)}`, () => '涨停', () => '平收', (s) => `盘中一度${s.rise()}超${s.rng.int(3, 9)}%`];

const STOCK_LINES: readonly Sentence[] = [
  (s) => {
    const parts = s.companies.map((c) => `${s.mention(c)}${s.rng.pick(STOCK_MOVES)(s)}`);
    return `个股方面，${parts.join('，')}。`;
  },
  (s) =>
    `二级市场上，截至${s.dateText()}收盘，${s.company(0)}报${(s.rng.int(300, 200000) / 100).toFixed(2)}${s.currency}/股，${s.rise()}${s.pct(0.1, 8)}，总市值约${s.money(50, 30000)}。`,
  (s) => `受消息影响，${s.company(0)}股价${s.dateText()}盘中一度${s.rise()}超${s.rng.int(2, 9)}%，收盘${s.rise()}${s.pct(0.1, 6)}。`,
  (s) =>
    `板块方面，${s.profile.name}板块${s.upbeat ? '整体走强' : '震荡走低'}，${s.companies.map((c) => s.mention(c)).join('、')}等个股${s.upbeat ? '涨幅居前' : '跌幅居前'}。`,
];

/** Closings that name the lead company. */
const COMPANY_CLOSINGS: readonly Sentence[] = [
  (s) => `展望${s.local.year + 1}年，${s.company(0)}表示将继续推进${project(s)}建设，力争${business(s)}保持${s.pct(5, 30)}以上的增长。`,
  (s) => `${s.company(0)}方面表示，后续将根据相关事项的进展情况及时履行信息披露义务。`,
  (s) =>
    `截至发稿，${s.company(0)}${s.rng.pick(['尚未就此事作出进一步回应', '股价报收于' + (s.rng.int(300, 90000) / 100).toFixed(2) + s.currency, '未披露更多细节'])}。`,
];

const CLOSINGS: readonly Sentence[] = [
  (s) => `业内人士提醒，${risk(s)}仍是行业面临的主要风险，投资者需理性看待短期波动。`,
  (s) => `下一步，${s.region}将继续围绕${pair(s, WORDS.policyAreas, '、')}等重点领域，推出更多务实管用的政策举措。`,
  (s) => `对于后市，${broker(s)}认为，${s.fresh(ANALYSIS_CLAUSES)(s)}。`,
];

type Pools = readonly (readonly [readonly Sentence[], number])[];

const DETAIL_POOLS: Readonly<Record<Storyline, Pools>> = {
  policy: [
    [SECTOR_DETAIL, 2],
    [MACRO_DETAIL, 1],
  ],
  macro: [
    [MACRO_DETAIL, 3],
    [SECTOR_DETAIL, 1],
  ],
  earnings: [
    [COMPANY_DETAIL, 4],
    [SECTOR_DETAIL, 1],
  ],
  corporate: [
    [COMPANY_DETAIL, 3],
    [SECTOR_DETAIL, 1],
  ],
  market: [
    [MARKET_DETAIL, 3],
    [SECTOR_DETAIL, 1],
  ],
  industry: [
    [SECTOR_DETAIL, 3],
    [COMPANY_DETAIL, 1],
  ],
};

const KIND_WEIGHTS: Readonly<Record<Storyline, readonly (readonly [Kind, number])[]>> = {
  policy: [
    ['detail', 3],
    ['quote', 3],
    ['analysis', 2],
    ['background', 2],
  ],
  macro: [
    ['detail', 4],
    ['quote', 2],
    ['analysis', 4],
    ['background', 1],
  ],
  earnings: [
    ['detail', 5],
    ['quote', 2],
    ['analysis', 3],
    ['background', 1],
  ],
  corporate: [
    ['detail', 3],
    ['quote', 3],
    ['analysis', 2],
    ['background', 3],
  ],
  market: [
    ['detail', 4],
    ['quote', 1],
    ['analysis', 4],
    ['background', 1],
  ],
  industry: [
    ['detail', 4],
    ['quote', 3],
    ['analysis', 3],
    ['background', 2],
  ],
};

/** Where a paragraph's first sentence comes from, and what may follow it. */
function poolsFor(kind: Kind, storyline: Storyline): { first: Pools; rest: Pools } {
  const detail = DETAIL_POOLS[storyline];
  switch (kind) {
    case 'detail':
      return { first: detail, rest: [...detail, [ANALYSIS, 1]] };
    case 'quote':
      return { first: [[QUOTE, 1]], rest: [[QUOTE, 2], [ANALYSIS, 1], ...detail] };
    case 'analysis':
      return { first: [[ANALYSIS, 1]], rest: [[ANALYSIS, 2], ...detail] };
    case 'background':
      return { first: [[BACKGROUND, 1]], rest: [[BACKGROUND, 2], ...detail] };
  }
}

function fill(s: Story, first: string, rest: Pools, target: number): string {
  let text = first;
  // The sentence budget bounds paragraphs even when the pools run dry of long sentences.
  for (let i = 0; text.length < target && i < 8; i++) text += s.fresh(s.rng.weighted(rest))(s);
  return text;
}

function byline(s: Story): string {
  const outlet = s.rng.pick(WORDS.outlets);
  const city = s.rng.pick(WORDS.cities);
  return s.rng.weighted([
    [() => `${outlet}记者${s.person()} ${city}报道`, 5],
    [() => `${outlet}记者 ${s.person()} ${s.person()} ${city}报道`, 2],
    [() => `本报记者 ${s.person()}`, 2],
    [() => `${outlet}记者 ${s.person()}`, 2],
    [() => `□${outlet}记者 ${s.person()}`, 1],
  ] as const)();
}

/** Writes a story's prose to the requested shape. */
export function composeParagraphs(s: Story, options: ProseOptions): Prose {
  // Drawn first so the byline's names do not shift the rest of the story.
  const bylineText = options.withByline ? byline(s) : null;
  const count = Math.max(3, options.paragraphCount);
  const target = (): number => Math.round(options.paragraphChars * (0.5 + s.rng.next()));
  const detail = DETAIL_POOLS[s.storyline];
  const paragraphs: string[] = [fill(s, s.rng.pick(LEADS[s.storyline])(s), detail, Math.max(160, target()))];

  const middle = count - 2;
  const listable = s.storyline === 'policy' || s.storyline === 'macro' || s.storyline === 'industry';
  const hasList = listable && middle >= 4 && s.rng.chance(0.6);
  const listLength = hasList ? s.rng.int(2, Math.min(4, middle - 1)) : 0;
  const listAt = hasList ? s.rng.int(0, middle - listLength) : -1;
  // The stock paragraph takes a slot outside the list.
  let stockAt = s.rng.int(0, middle - 1 - listLength);
  if (hasList && stockAt >= listAt) stockAt += listLength;

  for (let i = 0; i < middle; i++) {
    if (i >= listAt && i < listAt + listLength) {
      const item = `${ORDINALS[i - listAt] ?? '此外，'}${s.rng.pick(LIST_ITEMS)(s)}`;
      paragraphs.push(fill(s, item, [[LIST_FOLLOW_UPS, 1]], target()));
    } else if (i === stockAt) {
      paragraphs.push(fill(s, s.fresh(STOCK_LINES)(s), [[ANALYSIS, 1]], target() * 0.6));
    } else {
      const { first, rest } = poolsFor(s.rng.weighted(KIND_WEIGHTS[s.storyline]), s.storyline);
      paragraphs.push(fill(s, s.fresh(s.rng.weighted(first))(s), rest, target()));
    }
  }
  // Name the lead company once more: unlinked, now that its first mention was the link.
  const closing = s.fresh(COMPANY_CLOSINGS)(s);
  paragraphs.push(s.rng.chance(0.5) ? closing + s.fresh(CLOSINGS)(s) : closing);

  return { byline: bylineText, paragraphs };
}
