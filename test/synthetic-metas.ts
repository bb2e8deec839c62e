import type { ArticleMeta, CategoryPath, StockRef } from '../src/shared/bundle-types';
import { parseStockCode } from '../src/shared/stock-markets';
import { LISTED_COMPANIES } from '../tools/corpus/listed-companies';
import { createRng, type Rng } from '../tools/corpus/prng';
import { WORDS } from '../tools/corpus/word-lists';

const ROOTS = ['金融', '科技', '汽车', '能源', '地产', '宏观'];
const TOPICS = ['要闻', '快讯', '深度', '公司', '市场'];
/** 30 feeds, 5 under each root, each [root, outlet, outlet－topic]. */
const FEEDS: CategoryPath[] = ROOTS.flatMap((root, r) =>
  TOPICS.map((topic, t) => {
    const outlet = WORDS.outlets[(r * 5 + t) % WORDS.outlets.length]!;
    return [root, outlet, `${outlet}－${topic}`];
  }),
);
/** Feeds and stocks by a Zipf-like law, as in real data: a few are everywhere, most are rare. */
const FEED_WEIGHTS = FEEDS.map((feed, i) => [feed, 1 / (i + 1)] as const);
const STOCKS: StockRef[] = LISTED_COMPANIES.slice(0, 110).map((c) => parseStockCode(c.code, c.name)!);
const STOCK_WEIGHTS = STOCKS.map((stock, i) => [stock, 1 / (i + 1) ** 0.65] as const);
const STOCKS_PER_ARTICLE = [
  [0, 45],
  [1, 30],
  [2, 15],
  [3, 7],
  [4, 3],
] as const;

const VOCABULARY = Object.values(WORDS).flatMap((list) => (Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : []));
const BASE32 = [...'abcdefghijklmnopqrstuvwxyz234567'];
const SPAN_MS = 6 * 365 * 86_400_000;
const START_MS = Date.UTC(2021, 0, 1);

function prose(rng: Rng, length: number, stops: boolean): string {
  let text = '';
  while (text.length < length) {
    text += rng.pick(VOCABULARY);
    if (rng.chance(0.25)) text += String(rng.int(1, 999));
    if (stops && rng.chance(0.2)) text += rng.chance(0.7) ? '，' : '。';
  }
  return text.slice(0, length);
}

const token = (rng: Rng, length: number): string => Array.from({ length }, () => rng.pick(BASE32)).join('');

/**
 * `count` article metadata with the field sizes of real ones (a title of about 30
 * characters, a summary of about 120, one three-level category, 0–4 stocks, dates over
 * six years), for measuring the bundle without ingesting posts. Deterministic per seed.
 */
export function syntheticMetas(count: number, seed = 1): ArticleMeta[] {
  return Array.from({ length: count }, (_, i): ArticleMeta => {
    const rng = createRng(seed, i);
    const ms = START_MS + Math.floor(rng.next() * SPAN_MS);
    const date = new Date(Math.floor(ms / 1000) * 1000).toISOString();
    const beijing = new Date(ms + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    const category = rng.weighted(FEED_WEIGHTS);
    const stocks = new Map<string, StockRef>();
    const wanted = rng.weighted(STOCKS_PER_ARTICLE);
    while (stocks.size < wanted) {
      const stock = rng.weighted(STOCK_WEIGHTS);
      stocks.set(stock.code, stock);
    }
    const charCount = rng.int(300, 4000);
    return {
      id: `${beijing}-${token(rng, 12)}`,
      title: prose(rng, rng.int(20, 40), false),
      date,
      source: category[1]!,
      categories: [category],
      stocks: [...stocks.values()],
      summary: prose(rng, rng.int(90, 120), true),
      charCount,
      readingMinutes: Math.max(1, Math.round(charCount / 400)),
      headImage: rng.chance(0.4) ? `https://n.sinaimg.cn/finance/${token(rng, 8)}/${token(rng, 12)}.jpg` : null,
      byline: rng.chance(0.2) ? `${rng.pick(WORDS.outlets)}记者 ${prose(rng, 3, false)} 北京报道` : null,
      editor: prose(rng, 3, false),
      rev: token(rng, 10),
    };
  });
}
