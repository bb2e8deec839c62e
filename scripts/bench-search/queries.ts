/**
 * The benchmark's queries: a fixed list, by kind, and ones drawn from the corpus itself
 * with a fixed seed (substrings of random articles' titles and bodies), so every corpus
 * is asked about words it is sure to contain as well as the chosen ones.
 */
import { createRng } from '../../tools/corpus/prng';
import { normalizeSearchText } from '../../src/shared/search-text';

export type QueryKind = 'named' | 'stock' | 'and' | 'latin' | 'common' | 'long' | 'rare' | 'none' | 'tricky' | 'one-char' | 'drawn-title' | 'drawn-body';

export interface BenchQuery {
  readonly text: string;
  readonly kind: QueryKind;
}

const q = (kind: QueryKind, ...texts: string[]): BenchQuery[] => texts.map((text) => ({ text, kind }));

/** Named in the brief, then by what each probes in the index. */
export const FIXED_QUERIES: readonly BenchQuery[] = [
  ...q('named', '知识产权', '中关村', '北交所', '绿色金融', '600519', 'sh600519', '000931', '贵州茅台', '茅台', '场投', '海经'),
  ...q('stock', 'SH600519', '600519.sh', 'sz000931', '000931.SZ', '宁德时代', '比亚迪', 'AAPL', 'aapl', '腾讯', 'hk00700'),
  // "央行 降" has a one-character term beside a key: not exact, so candidates are checked;
  // "茅台 贵州茅台" drops the term inside the other.
  ...q(
    'and',
    '央行 降准',
    '贵州茅台 白酒',
    '中关村 科技',
    '知识产权 保护',
    '半导体 光伏',
    '降准 降息',
    '茅台 600519',
    '北京 上海 深圳',
    '美联储 加息',
    '央行 降',
    '茅台 贵州茅台',
  ),
  ...q('latin', 'ETF', 'etf', 'Etf', 'ＥＴＦ', 'A股', 'a股', 'IPO', 'ipo', 'GDP', 'TTM', 'AI'),
  ...q('common', '股票', '银行', '房地产', '上涨', '科创板', '北京'),
  ...q(
    'long',
    '数字人民币',
    '专精特新企业',
    '粤港澳大湾区',
    '国家金融监督管理总局',
    '横琴粤澳深度合作区',
    '降准降息仍可期待',
    '货币政策将保持适度宽松',
    '北京证券交易所',
    '新质生产力',
    '全国统一大市场',
    '跨境理财通',
    '半导体板块冲高回落',
  ),
  ...q('rare', '冰雪经济', '低空经济', '银发经济', '一刻钟便民生活圈', '数据要素×', '人工智能+', '反内卷'),
  ...q('none', '量子纠缠', '火星殖民计划', '比特币挖矿', 'zzqx', '不存在的词语组合', '区块链 元宇宙'),
  // Punctuation and full-width forms, which NFKC folds on both sides.
  ...q('tricky', '1.7%', '（TTM）', '亿美元', '６００５１９', '上海经济'),
  ...q('one-char', '金', '股', 'a', '8', '中 国', 'Ａ'),
];

/** Drawn per corpus, half from titles, half from bodies. */
export const DRAWN_COUNT = 30;
export const DRAW_SEED = 20_240_611;

/**
 * Fixed queries the browser runs, then the first drawn ones. 北交所 and 绿色金融 are kept
 * though the generator never writes them (the corpus says 北京证券交易所): a query that
 * ends in 找到 0 篇, one straight from the index, one after checking every candidate.
 */
export const BROWSER_FIXED = [
  '中关村',
  '北交所',
  '绿色金融',
  '600519',
  '知识产权',
  '贵州茅台',
  'sh600519',
  '000931',
  'TTM',
  '央行 降准',
  '数字人民币',
  '粤港澳大湾区',
  '国家金融监督管理总局',
  '冰雪经济',
  'A股',
  '降准降息仍可期待',
] as const;
export const BROWSER_DRAWN = 4;

export interface DrawSource {
  readonly articleCount: number;
  /** The article's normalized title and its whole searchable text (title first). */
  textsOf(ordinal: number): { readonly title: string; readonly text: string };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Substrings of 2–6 units of random articles, without spaces (a space would make two
 * terms) and not splitting a surrogate pair (a lone surrogate is no URL); each once and
 * none of the fixed list.
 */
export function drawQueries(source: DrawSource, seed = DRAW_SEED, count = DRAWN_COUNT): BenchQuery[] {
  const rng = createRng(seed, source.articleCount);
  const taken = new Set(FIXED_QUERIES.map((query) => normalizeSearchText(query.text)));
  const out: BenchQuery[] = [];
  for (let attempt = 0; out.length < count && attempt < count * 50; attempt++) {
    const fromTitle = out.length % 2 === 0;
    const { title, text } = source.textsOf(rng.int(0, source.articleCount - 1));
    const pool = fromTitle ? title : text.slice(title.length + 1);
    const length = rng.int(2, 6);
    if (pool.length < length) continue;
    const at = rng.int(0, pool.length - length);
    const pick = pool.slice(at, at + length);
    if (pick.includes(' ') || isLowSurrogate(pick.charCodeAt(0)) || isHighSurrogate(pick.charCodeAt(pick.length - 1))) continue;
    if (taken.has(pick)) continue;
    taken.add(pick);
    out.push({ text: pick, kind: fromTitle ? 'drawn-title' : 'drawn-body' });
  }
  return out;
}
