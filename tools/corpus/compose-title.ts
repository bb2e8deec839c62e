import type { Storyline } from './feed-categories';
import type { Story } from './create-story';
import { WORDS } from './word-lists';

// Headline templates. A title is composed, not unique; generateCorpus makes it
// unique. “Quoted” titles carry a term in Chinese quotes, which the scraper
// sometimes flattened to underscores; “apostrophe” titles carry an ASCII ' that
// the front matter must escape.

export type TitleKind = 'plain' | 'quoted' | 'apostrophe';

type Template = (s: Story) => string;

const lead = (s: Story): string => s.companies[0]?.name ?? s.profile.name;
const other = (s: Story): string => s.companies[1]?.name ?? s.rng.pick(WORDS.brokers);
const dirWord = (s: Story): string => (s.upbeat ? '涨' : '跌');
const smallPct = (s: Story): string => s.pct(0.01, 3.2);
const month = (s: Story): number => (s.local.month === 1 ? 12 : s.local.month - 1);

// Market recaps depend on the exchange: see MARKET_RECAPS.
const PLAIN: Readonly<Record<Exclude<Storyline, 'market'>, readonly Template[]>> = {
  policy: [
    (s) => `${s.region}出台${s.rng.int(8, 40)}条措施支持${s.profile.name}产业高质量发展`,
    (s) =>
      `${s.rng.pick(WORDS.regulators)}：${s.local.year}年将${s.rng.pick(['加快', '持续', '全面', '稳步'])}推进${s.rng.pick(WORDS.policyAreas)}领域改革，明确${s.rng.int(3, 30)}项重点任务`,
    (s) =>
      `${s.region}发布${s.rng.pick(WORDS.policyAreas)}三年行动方案，到${s.local.year + 2}年${s.rng.pick(['产业规模突破', '总投资超过', '累计培育企业超'])}${s.rng.int(2, 98) * 100}${s.rng.pick(['亿元', '家', '个'])}`,
    (s) =>
      `${s.rng.pick(WORDS.regulators)}${s.rng.pick(['印发通知', '发布指导意见', '征求意见', '答记者问'])}，涉及${s.profile.name}${s.rng.pick(s.profile.products)}`,
    (s) =>
      `${s.region}${s.rng.pick(['优化', '调整', '放宽', '完善'])}${s.rng.pick(s.profile.themes)}相关政策，${s.rng.int(3, 15)}项举措${s.rng.pick(['即日起实施', '下月起施行', '同步发布'])}`,
    (s) =>
      `${s.rng.pick(WORDS.regulators)}召开${s.rng.pick(WORDS.meetings)}：${s.rng.pick(['稳预期', '强信心', '扩内需', '防风险', '促转型'])}，${s.rng.pick(['加力', '提速', '扩围', '提质'])}${s.rng.pick(WORDS.policyAreas)}`,
  ],
  macro: [
    (s) => {
      const [indicator, basis] = s.rng.pick(WORDS.macroIndicators);
      return `国家统计局：${month(s)}月份${indicator}${basis}${s.change()}${s.pct(0.1, 9.9)}`;
    },
    (s) =>
      `${s.report.year}年${s.report.period}${s.rng.pick(WORDS.macroIndicators)[0]}${s.change()}${s.pct(0.2, 12)}，${s.rng.pick(['好于预期', '低于预期', '符合预期', '增速回升', '降幅收窄'])}`,
    (s) =>
      `${month(s)}月${s.rng.pick(WORDS.macroIndicators)[0]}${s.change()}${s.pct(0.1, 8)}，${s.rng.pick(WORDS.brokers)}：${s.rng.pick(['政策仍需加力', '经济企稳迹象增多', '内需修复仍待巩固', '外需韧性超预期'])}`,
    (s) => {
      const [indicator, basis] = s.rng.pick(WORDS.macroIndicators);
      return `${month(s)}月${s.rng.pick(['金融数据', '经济数据', '外贸数据', '物价数据'])}出炉：${indicator}${basis}${s.change()}${s.pct(0.1, 9)}，${s.rng.pick(['这些信号值得关注', '释放哪些信号', '专家这样解读', '三大亮点一览'])}`;
    },
    (s) =>
      `央行${s.dateText()}开展${s.rng.int(1, 999) * 10}亿元${s.rng.pick(['7天期逆回购', '买断式逆回购', 'MLF', '14天期逆回购'])}操作，${s.rng.pick(['中标利率持平', '实现净投放', '实现净回笼', '利率下调10个基点'])}`,
  ],
  earnings: [
    (s) =>
      `${lead(s)}${s.report.year}年${s.report.period}净利润${s.change()}${s.pct(1, 80)}，${s.rng.pick(s.profile.products)}收入${s.rng.pick(['创新高', '占比提升', '增速放缓', '首次转正', '翻倍'])}`,
    (s) => `${lead(s)}：${s.report.period}实现营收${s.money(3, 2500)}，同比${s.change()}${s.pct(1, 60)}`,
    (s) => `${lead(s)}发布${s.report.year}年${s.report.name}：${s.rng.pick(s.profile.metrics)}${s.change()}${s.pct(1, 70)}`,
    (s) =>
      `${lead(s)}${s.report.period}业绩${s.rng.pick(['超预期', '不及预期', '符合预期', '大幅预增', '扭亏为盈'])}，${s.rng.pick(s.profile.products)}成${s.rng.pick(['最大亮点', '主要拖累', '增长引擎'])}`,
    (s) =>
      `${lead(s)}${s.report.year}年${s.report.period}${s.rng.pick(s.profile.metrics)}${s.money(1, 3000)}，${s.rng.pick(['拟每10股派现', '拟10派'])}${(s.rng.int(5, 300) / 10).toFixed(1)}元`,
  ],
  corporate: [
    (s) => `${lead(s)}拟投资${s.money(1, 600)}建设${s.rng.pick(s.profile.projects)}`,
    (s) => `${lead(s)}：${s.rng.pick(WORDS.executiveRoles)}${s.person()}辞任，${s.person()}接任`,
    (s) => `${lead(s)}与${other(s)}在${s.rng.pick(WORDS.cities)}签署战略合作协议，聚焦${s.rng.pick(s.profile.products)}`,
    (s) => `${lead(s)}拟${s.rng.pick(['回购', '增持'])}不超过${s.money(1, 100)}公司股份`,
    (s) => `${lead(s)}发布新一代${s.rng.pick(s.profile.products)}，${s.rng.pick(['性能提升', '成本下降', '能效提升', '交付周期缩短'])}${s.pct(10, 60)}`,
    (s) =>
      `${lead(s)}获${s.rng.pick(WORDS.regulators)}${s.rng.pick(['批复', '受理', '核准', '同意注册'])}，${s.rng.pick(s.profile.projects)}${s.rng.pick(['正式启动', '进入实施阶段', '迎来关键进展'])}`,
    (s) =>
      `${lead(s)}在${s.rng.pick(WORDS.cities)}${s.rng.pick(['落地', '投产', '开工', '签约'])}${s.rng.pick(s.profile.projects)}，总投资约${s.money(1, 300)}`,
  ],
  industry: [
    (s) => `${s.rng.pick(s.profile.sources)}：${month(s)}月${s.profile.name}${s.profile.volume.label}同比${s.change()}${s.pct(0.5, 60)}`,
    (s) =>
      `${s.local.month}月以来${s.rng.pick(s.profile.themes)}成${s.profile.name}行业焦点，${s.rng.pick(WORDS.brokers)}：${s.rng.pick(['关注龙头配置机会', '行业拐点或已临近', '短期仍有压力', '维持强于大市评级', '估值修复仍有空间', '业绩分化将加剧'])}`,
    (s) =>
      `${s.local.year}${s.profile.name}业观察｜${s.rng.pick(s.profile.themes)}之下，${lead(s)}${s.rng.pick(['如何破局', '靠什么突围', '还能走多远', '押注哪条赛道', '为何逆势扩张', '利润去哪儿了', '下一站在哪里'])}`,
    (s) =>
      `${s.region}${s.profile.name}产业${s.rng.pick(['规模突破', '产值超过', '投资达到'])}${s.rng.int(2, 98) * 100}亿元，${lead(s)}等龙头${s.rng.pick(['加码布局', '持续扩产', '领跑'])}`,
    (s) =>
      `${s.local.year}年${s.profile.name}${s.rng.pick(s.profile.products)}${s.rng.pick(['出货量', '渗透率', '市场规模'])}有望${s.rng.pick(['突破', '超过', '达到'])}${s.pct(10, 60)}`,
  ],
};

type Exchange = 'a' | 'hk' | 'us';

const MARKET_RECAPS: Readonly<Record<Exchange, readonly Template[]>> = {
  a: [
    (s) =>
      `${s.rng.pick(['A股收评', '收评', '午评', 'A股午评'])}：沪指${dirWord(s)}${smallPct(s)}，${s.profile.name}板块${s.rng.pick(['走强', '领涨', '回调', '领跌', '异动拉升', '持续活跃'])}`,
    (s) => `${s.profile.name}板块${s.rng.pick(['午后拉升', '早盘走强', '集体下挫', '震荡走高'])}，${lead(s)}${dirWord(s)}${s.pct(1, 10)}`,
    (s) =>
      `北向资金${s.dateText()}净${s.rng.pick(['买入', '卖出'])}${(s.rng.int(100, 19000) / 100).toFixed(2)}亿元，${s.profile.name}股${s.rng.pick(['获加仓', '遭减持', '受青睐'])}`,
    (s) =>
      `两市成交额${s.rng.pick(['突破', '跌破', '回升至', '站上'])}${(s.rng.int(60, 230) / 100).toFixed(2)}万亿元，${s.profile.name}股${s.rng.pick(['表现活跃', '集体走弱', '逆势上涨'])}`,
  ],
  hk: [
    (s) => `港股收评：恒指${dirWord(s)}${smallPct(s)}，${lead(s)}${dirWord(s)}超${s.rng.int(2, 12)}%`,
    (s) => `港股${s.rng.pick(['午评', '收评', '开盘'])}：恒生科技指数${dirWord(s)}${smallPct(s)}，${s.profile.name}股${s.rng.pick(['走强', '回落', '分化'])}`,
    (s) =>
      `南向资金${s.dateText()}净${s.rng.pick(['买入', '卖出'])}${(s.rng.int(100, 19000) / 100).toFixed(2)}亿港元，${lead(s)}${s.rng.pick(['居首', '获加仓', '遭减持'])}`,
  ],
  us: [
    (s) =>
      `美股收盘：${s.rng.pick(WORDS.marketIndices.us)}${dirWord(s)}${smallPct(s)}，${lead(s)}${s.rng.pick(['大涨', '重挫', '盘后走高', '收涨', '收跌'])}${s.pct(1, 15)}`,
    (s) => `热门中概股${s.rng.pick(['普涨', '普跌', '涨跌不一'])}，${lead(s)}${dirWord(s)}${s.pct(1, 12)}`,
    (s) =>
      `${lead(s)}股价${s.rng.pick(['创历史新高', '跌至年内低点', '单日涨超', '单日跌超'])}${s.pct(1, 12)}，市值${s.rng.pick(['突破', '蒸发', '站上'])}${s.rng.int(1, 40) * 100}亿美元`,
  ],
};

function exchangeOf(story: Story): Exchange {
  const market = story.companies[0]?.market;
  return market === 'hk' ? 'hk' : market === 'gb' ? 'us' : 'a';
}

const QUOTED: readonly Template[] = [
  (s) => `${s.region}“${s.policy}”建设：${s.rng.sample(WORDS.policyAreas, 3).join('、')}等取得阶段性成效`,
  (s) =>
    `${s.rng.pick(WORDS.regulators)}：${s.local.year}年推动“${s.policy}”${s.rng.pick(['政策加快落地见效', '提质扩面', '走深走实', '惠及更多经营主体'])}，${s.rng.pick(WORDS.policyAreas)}${s.rng.pick(['是重点', '将先行', '迎新举措'])}`,
  (s) => `“${s.policy}”${s.rng.int(1, 5)}周年：${s.region}交出${s.rng.pick(['亮眼', '扎实', '超预期', '高分'])}成绩单`,
  (s) =>
    `${lead(s)}回应“${s.rng.chance(0.5) ? s.rng.pick(s.profile.products) : ''}${s.rng.pick(WORDS.rumors)}”传闻：${s.rng.pick(['消息不实', '正常业务调整', '以公告为准', '生产经营一切正常', '未收到相关通知', '将依法维权', '不存在应披露未披露事项'])}`,
  (s) => `${s.profile.name}迎“${s.rng.pick(WORDS.hotPhrases)}”，${lead(s)}${s.rng.pick(['率先突围', '加速扩张', '承压', '抢占先机'])}`,
  (s) => `${s.rng.pick(WORDS.brokers)}解读“${s.policy}”：${s.profile.name}${s.rng.pick(['迎来新机遇', '受益最直接', '估值有望修复'])}`,
];

const APOSTROPHE: readonly Template[] = [
  (s) =>
    `${s.rng.pick(WORDS.apostropheBrands)}季度营收同比${s.change()}${s.pct(0.5, 30)}，${s.rng.pick(['中国市场表现亮眼', '下调全年指引', '股价盘后走高', '利润率承压'])}`,
  (s) => `${s.rng.pick(WORDS.apostropheBrands)}宣布在${s.rng.pick(WORDS.cities)}${s.rng.pick(['开设首家旗舰店', '设立区域总部', '扩大采购', '加码投资'])}`,
  (s) => {
    const [action, outlook] = s.rng.pick([
      ['维持', '稳定'],
      ['下调', '负面'],
      ['上调', '正面'],
    ] as const);
    return `评级机构Moody's：${action}${lead(s)}评级展望至“${outlook}”，${s.profile.name}行业${s.rng.pick(['风险可控', '压力犹存', '前景改善'])}`;
  },
  (s) => `${lead(s)}与${s.rng.pick(WORDS.apostropheBrands)}${s.rng.pick(['达成合作', '终止合作', '签署供货协议'])}，涉及金额约${s.money(0.5, 80)}`,
];

/** A headline for the story; `kind` decides whether it carries quotes or an apostrophe. */
export function composeTitle(story: Story, kind: TitleKind): string {
  const templates =
    kind === 'quoted' ? QUOTED : kind === 'apostrophe' ? APOSTROPHE : story.storyline === 'market' ? MARKET_RECAPS[exchangeOf(story)] : PLAIN[story.storyline];
  return story.rng.pick(templates)(story);
}
