// The words a story about one industry is made of. Posts draw their nouns from
// the profile of their sector so that a bank story talks about 净息差 and a
// solar story about 组件价格, which is what makes the corpus read like news
// rather than word salad.

export type SectorKey =
  | 'bank'
  | 'broker'
  | 'insurance'
  | 'liquor'
  | 'consumer'
  | 'auto'
  | 'battery'
  | 'solar'
  | 'power'
  | 'oil'
  | 'hardware'
  | 'internet'
  | 'chip'
  | 'telecom'
  | 'property'
  | 'pharma'
  | 'materials'
  | 'industrial'
  | 'logistics'
  | 'agriculture';

export interface SectorProfile {
  /** How the press names the industry: “白酒板块”, “白酒行业”. */
  readonly name: string;
  /** Business lines or products a company in it reports on. */
  readonly products: readonly string[];
  /** Money figures reported for a period (营业收入, 归母净利润 …); volumes live in `volume`. */
  readonly metrics: readonly string[];
  /** What a company in it invests in or builds. */
  readonly projects: readonly string[];
  /** Short noun phrases for trends analysts talk about. */
  readonly themes: readonly string[];
  /** Industry bodies or data providers quoted for the sector. */
  readonly sources: readonly string[];
  /** What its volumes measure (销量, 装机容量 …), in which unit, with a plausible range. */
  readonly volume: { readonly label: string; readonly unit: string; readonly min: number; readonly max: number };
}

export const SECTOR_PROFILES: Readonly<Record<SectorKey, SectorProfile>> = {
  bank: {
    name: '银行',
    products: ['普惠小微贷款', '绿色信贷', '个人住房贷款', '对公贷款', '信用卡业务', '财富管理业务', '科技贷款'],
    metrics: ['营业收入', '归母净利润', '利息净收入', '手续费及佣金净收入', '拨备前利润'],
    projects: ['数字化转型项目', '理财子公司增资', '金融科技子公司', '县域普惠金融服务站'],
    themes: ['净息差收窄', '资产质量改善', '存款利率下调', '中间业务转型', '资本补充工具发行', '高股息配置价值'],
    sources: ['国家金融监督管理总局', '中国人民银行', '中国银行业协会'],
    volume: { label: '新增贷款', unit: '亿元', min: 200, max: 9000 },
  },
  broker: {
    name: '券商',
    products: ['经纪业务', '投行业务', '财富管理业务', '自营业务', '资产管理业务', '两融业务'],
    metrics: ['营业收入', '归母净利润', '经纪业务手续费净收入', '投行业务收入', '代理买卖证券业务净收入'],
    projects: ['财富管理平台', '跨境业务子公司', '数字化交易系统', '场外衍生品业务'],
    themes: ['并购重组提速', '公募费率改革', '成交活跃度回升', '两融余额攀升', '资本市场改革深化'],
    sources: ['中国证券业协会', '中国证监会', '上海证券交易所', '深圳证券交易所'],
    volume: { label: '股基交易额', unit: '亿元', min: 20, max: 800 },
  },
  insurance: {
    name: '保险',
    products: ['寿险业务', '财险业务', '健康险', '养老保险', '分红险', '车险'],
    metrics: ['保费收入', '新业务价值', '归母净利润', '总投资收益'],
    projects: ['养老社区项目', '健康管理平台', '保险资管产品'],
    themes: ['预定利率下调', '个人养老金扩容', '银保渠道放量', '权益类资产配置', '代理人队伍企稳'],
    sources: ['国家金融监督管理总局', '中国保险行业协会'],
    volume: { label: '保费规模', unit: '亿元', min: 100, max: 8000 },
  },
  liquor: {
    name: '白酒',
    products: ['高端白酒', '次高端产品', '系列酒', '直营渠道', 'i茅台数字营销平台', '经典系列'],
    metrics: ['营业收入', '归母净利润', '合同负债', '直销收入'],
    projects: ['酿酒工程技改项目', '制曲生产房扩建', '陶坛贮酒库'],
    themes: ['渠道库存去化', '批价企稳', '宴席消费回暖', '年轻化产品布局', '春节动销'],
    sources: ['中国酒业协会', '国家统计局'],
    volume: { label: '基酒产量', unit: '吨', min: 2000, max: 90000 },
  },
  consumer: {
    name: '消费',
    products: ['乳制品', '空调', '冰箱洗衣机', '调味品', '免税商品', '家用电器', '高端液态奶'],
    metrics: ['营业收入', '归母净利润', '海外收入', '线上销售额'],
    projects: ['智能制造基地', '海外生产基地', '数字化供应链中心', '新零售门店'],
    themes: ['以旧换新补贴', '消费复苏', '下沉市场拓展', '出海布局', '原材料成本回落'],
    sources: ['国家统计局', '商务部', '中国家用电器协会'],
    volume: { label: '销量', unit: '万台', min: 50, max: 9000 },
  },
  auto: {
    name: '汽车',
    products: ['新能源车型', '插电混动车型', '智能驾驶系统', '纯电SUV', '增程式车型', '海外出口车型'],
    metrics: ['营业收入', '归母净利润', '汽车业务收入', '海外收入'],
    projects: ['整车生产基地', '智能座舱研发中心', '海外KD工厂', '一体化压铸产线'],
    themes: ['价格战', '智能驾驶普及', '出海提速', '以旧换新', '插混车型放量', '城市NOA落地'],
    sources: ['中国汽车工业协会', '乘联会', '中国汽车流通协会'],
    volume: { label: '销量', unit: '辆', min: 3000, max: 380000 },
  },
  battery: {
    name: '锂电池',
    products: ['磷酸铁锂电池', '储能电池', '钠离子电池', '三元电池', '负极材料', '4C快充电池'],
    metrics: ['营业收入', '归母净利润', '储能业务收入', '海外收入'],
    projects: ['年产20GWh动力电池项目', '储能电池基地', '固态电池中试线', '锂电材料一体化项目'],
    themes: ['碳酸锂价格波动', '储能需求爆发', '固态电池产业化', '海外建厂', '产能出清'],
    sources: ['中国汽车动力电池产业创新联盟', '高工锂电', '中国化学与物理电源行业协会'],
    volume: { label: '装机量', unit: 'GWh', min: 2, max: 180 },
  },
  solar: {
    name: '光伏',
    products: ['单晶硅片', 'N型TOPCon电池', '光伏组件', '组串式逆变器', 'BC电池', '异质结电池'],
    metrics: ['营业收入', '归母净利润', '组件业务收入', '海外收入'],
    projects: ['高效电池片项目', '一体化光伏产业基地', '分布式光伏电站', '光储一体化项目'],
    themes: ['组件价格触底', '行业反内卷', '产能出清', '海外贸易壁垒', '技术路线迭代'],
    sources: ['中国光伏行业协会', '国家能源局', 'InfoLink'],
    volume: { label: '新增装机', unit: 'GW', min: 1, max: 90 },
  },
  power: {
    name: '电力',
    products: ['水电', '火电', '风电', '核电', '抽水蓄能', '绿电交易'],
    metrics: ['营业收入', '归母净利润', '售电收入', '经营性现金流'],
    projects: ['海上风电项目', '抽水蓄能电站', '特高压输电工程', '新型储能电站'],
    themes: ['电力市场化改革', '用电负荷创新高', '容量电价机制', '绿证交易扩容', '新能源消纳'],
    sources: ['国家能源局', '中国电力企业联合会', '国家电网'],
    volume: { label: '发电量', unit: '亿千瓦时', min: 50, max: 3200 },
  },
  oil: {
    name: '石油石化',
    products: ['原油', '天然气', '成品油', '炼化产品', '液化天然气', '化工新材料'],
    metrics: ['营业收入', '归母净利润', '自由现金流', '资本开支'],
    projects: ['深水油气田开发项目', '炼化一体化项目', 'LNG接收站', '页岩气开发项目'],
    themes: ['国际油价震荡', '增储上产', '炼化盈利修复', '天然气保供', 'OPEC+减产'],
    sources: ['国家能源局', '中国石油和化学工业联合会', '国家统计局'],
    volume: { label: '原油产量', unit: '万吨', min: 300, max: 9000 },
  },
  hardware: {
    name: '消费电子',
    products: ['智能手机', 'AI服务器', '显示面板', '安防设备', 'MR头显', '精密结构件'],
    metrics: ['营业收入', '归母净利润', '海外营收', '资本开支'],
    projects: ['AI服务器产线', '高世代面板产线', '智能制造园区', '越南生产基地'],
    themes: ['AI终端换机潮', '面板价格回升', '算力需求旺盛', '供应链转移', '国产替代'],
    sources: ['IDC', 'Canalys', '中国信息通信研究院', 'Omdia'],
    volume: { label: '出货量', unit: '万台', min: 100, max: 8000 },
  },
  internet: {
    name: '互联网',
    products: ['云计算业务', '电商平台', '本地生活服务', '短视频', '大模型', '游戏业务', '广告业务'],
    metrics: ['营业收入', '经调整净利润', '广告收入', '云业务收入'],
    projects: ['智算中心', '大模型开放平台', '海外电商业务', '即时零售网络'],
    themes: ['大模型商业化', 'AI应用落地', '平台降本增效', '即时零售竞争', '回购力度加大'],
    sources: ['QuestMobile', '中国互联网络信息中心', '艾瑞咨询'],
    volume: { label: '日均访问量', unit: '亿人次', min: 1, max: 90 },
  },
  chip: {
    name: '半导体',
    products: ['晶圆代工', '成熟制程', '先进制程', 'GPU', '存储芯片', '模拟芯片', '封装测试'],
    metrics: ['营业收入', '归母净利润', '资本开支', '研发投入'],
    projects: ['12英寸晶圆厂', '先进封装产线', '研发中心', '特色工艺产线'],
    themes: ['国产替代提速', '存储价格上涨', '算力芯片需求', '出口管制升级', '晶圆厂扩产'],
    sources: ['SEMI', '中国半导体行业协会', '集微咨询'],
    volume: { label: '月产能', unit: '万片', min: 5, max: 300 },
  },
  telecom: {
    name: '通信',
    products: ['5G网络', '移动云', '算力网络', '家庭宽带', '物联网连接', '光模块'],
    metrics: ['营业收入', '归母净利润', '云业务收入', '资本开支'],
    projects: ['智算中心', '5G-A基站建设', '骨干网扩容工程', '海底光缆项目'],
    themes: ['算力网络建设', '5G-A商用', '云业务高增长', '提高分红比例', '卫星互联网'],
    sources: ['工业和信息化部', '中国信息通信研究院', '中国通信企业协会'],
    volume: { label: '5G用户规模', unit: '万户', min: 100, max: 99000 },
  },
  property: {
    name: '房地产',
    products: ['住宅项目', '保障性住房', '城市更新项目', '物业服务', '商业运营', '代建业务'],
    metrics: ['销售金额', '拿地金额', '营业收入', '归母净利润'],
    projects: ['城中村改造项目', '保障性租赁住房项目', '商业综合体', 'TOD综合开发项目'],
    themes: ['保交楼推进', '限购松绑', '房贷利率下调', '土拍市场降温', '去库存收储'],
    sources: ['国家统计局', '中指研究院', '克而瑞研究中心', '住房和城乡建设部'],
    volume: { label: '销售面积', unit: '万平方米', min: 10, max: 2500 },
  },
  pharma: {
    name: '医药',
    products: ['创新药', '医疗器械', 'CXO服务', '集采品种', 'ADC药物', '体外诊断试剂', '眼科服务'],
    metrics: ['营业收入', '归母净利润', '研发投入', '海外收入', '创新药收入'],
    projects: ['创新药研发中心', '生物药生产基地', '海外临床试验', '高端医疗器械产业园'],
    themes: ['创新药出海', '集采常态化', '医保谈判', '授权许可交易', '医疗反腐'],
    sources: ['国家药监局', '国家医保局', '中国医药企业管理协会'],
    volume: { label: '销量', unit: '万盒', min: 50, max: 5000 },
  },
  materials: {
    name: '有色化工',
    products: ['碳酸锂', '铜', '黄金', '水泥', 'MDI', '铝', '农药原药'],
    metrics: ['营业收入', '归母净利润', '经营性现金流', '资本开支'],
    projects: ['海外铜矿项目', '锂盐扩产项目', '绿色化工园区', '水泥熟料生产线'],
    themes: ['金价创新高', '铜价上涨', '化工品价格底部', '产能置换', '资源并购'],
    sources: ['中国有色金属工业协会', '中国石油和化学工业联合会', '上海有色网'],
    volume: { label: '产量', unit: '万吨', min: 5, max: 800 },
  },
  industrial: {
    name: '高端制造',
    products: ['工业机器人', '伺服系统', '变频器', '军工装备', '精密轴承', '数控机床'],
    metrics: ['营业收入', '归母净利润', '新签订单', '在手订单', '毛利率'],
    projects: ['智能装备产业园', '机器人核心零部件项目', '数字化车间', '海外服务中心'],
    themes: ['设备更新', '人形机器人', '低空经济', '工业母机国产化', '新质生产力'],
    sources: ['中国机械工业联合会', '国家统计局', '工业和信息化部'],
    volume: { label: '销量', unit: '台', min: 500, max: 90000 },
  },
  logistics: {
    name: '物流',
    products: ['快递业务', '航空货运', '供应链服务', '冷链物流', '国际业务'],
    metrics: ['营业收入', '归母净利润', '速运物流业务收入'],
    projects: ['航空枢纽', '智慧物流园', '自动化分拣中心', '海外仓'],
    themes: ['价格竞争', '跨境电商物流', '降本增效', '低空物流试点'],
    sources: ['国家邮政局', '中国物流与采购联合会'],
    volume: { label: '业务量', unit: '亿件', min: 1, max: 150 },
  },
  agriculture: {
    name: '农牧',
    products: ['生猪养殖', '肉鸡养殖', '饲料', '屠宰业务', '种业'],
    metrics: ['营业收入', '归母净利润', '生猪养殖业务收入'],
    projects: ['现代化养殖场', '屠宰肉食项目', '饲料生产基地'],
    themes: ['猪周期', '产能调控', '养殖成本下降', '饲料原料价格'],
    sources: ['农业农村部', '国家统计局', '中国畜牧业协会'],
    volume: { label: '出栏量', unit: '万头', min: 50, max: 7000 },
  },
};
