import { FEEDS, type Feed, type Storyline } from './feed-categories';
import { LISTED_COMPANIES, type ListedCompany } from './listed-companies';
import type { Rng } from './prng';
import { SECTOR_PROFILES, type SectorKey, type SectorProfile } from './sector-profiles';
import { WORDS } from './word-lists';

// One post's cast and setting, drawn once, so that its title and every
// paragraph talk about the same feed, industry, companies, place and time.

/** Beijing wall-clock fields of the post's date, which is what the prose refers to. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
}

/** The periodic report a company would be publishing around the post's date. */
export interface ReportPeriod {
  readonly year: number;
  /** 全年, 一季度, 上半年, 前三季度 */
  readonly period: string;
  /** 年度报告, 一季度报告 … */
  readonly name: string;
}

export interface Story {
  readonly rng: Rng;
  readonly feed: Feed;
  readonly storyline: Storyline;
  readonly sector: SectorKey;
  readonly profile: SectorProfile;
  /** 1–4 companies; the first is the one the story is about. */
  readonly companies: readonly ListedCompany[];
  /** Whether the first mention of each company is a Sina stock link. */
  readonly linksStocks: boolean;
  readonly region: string;
  readonly policy: string;
  readonly local: LocalDate;
  readonly report: ReportPeriod;
  /** Whether the story's figures mostly go up. */
  readonly upbeat: boolean;
  /** 元, 港元 or 美元, after the market of the story's companies. */
  readonly currency: string;

  /** The company's name, as a stock link the first time when the story links stocks. */
  mention(company: ListedCompany): string;
  /** mention() of companies[index], wrapping around. */
  company(index?: number): string;
  /** The codes linked so far, in order of first link. */
  linkedCodes(): readonly string[];
  /** “3月12日” */
  dateText(): string;
  /** A percentage such as “12.3%”. */
  pct(min?: number, max?: number): string;
  /** An amount of money between minYi and maxYi hundred-million units, e.g. “356.82亿元”. */
  money(minYi: number, maxYi: number): string;
  /** “增长” or “下降”, mostly following the story's tone. */
  change(): string;
  /** “涨” or “跌”, mostly following the story's tone. */
  rise(): string;
  /** A Chinese personal name. */
  person(): string;
  /** Like rng.pick, but only among the items this story has used least so far. */
  fresh<T>(items: readonly T[]): T;
}

const FEED_WEIGHTS = FEEDS.map((feed) => [feed, feed.weight] as const);

function pickCompanies(rng: Rng, feed: Feed, sector: SectorKey): ListedCompany[] {
  const inFeedMarkets = LISTED_COMPANIES.filter((c) => feed.markets.includes(c.market));
  const sameSector = inFeedMarkets.filter((c) => c.sector === sector);
  const related = inFeedMarkets.filter((c) => c.sector !== sector && feed.sectors.includes(c.sector));
  const primary = rng.pick(sameSector.length > 0 ? sameSector : inFeedMarkets);
  const count = rng.weighted([
    [1, 30],
    [2, 35],
    [3, 22],
    [4, 13],
  ] as const);
  const others = rng.sample(
    [...sameSector, ...(rng.chance(0.25) ? related : [])].filter((c) => c.code !== primary.code),
    count - 1,
  );
  // Cross-listed names (中国平安 in sh and hk) would read as one company twice.
  const seen = new Set([primary.name]);
  const cast = [primary];
  for (const c of others) {
    if (!seen.has(c.name)) {
      seen.add(c.name);
      cast.push(c);
    }
  }
  return cast;
}

function reportPeriodAt(local: LocalDate): ReportPeriod {
  if (local.month <= 4) {
    return local.month === 4 && local.day > 20
      ? { year: local.year, period: '一季度', name: '一季度报告' }
      : { year: local.year - 1, period: '全年', name: '年度报告' };
  }
  if (local.month <= 7) return { year: local.year, period: '一季度', name: '一季度报告' };
  if (local.month <= 9) return { year: local.year, period: '上半年', name: '半年度报告' };
  return { year: local.year, period: '前三季度', name: '三季度报告' };
}

function stockHref(company: ListedCompany): string {
  switch (company.market) {
    case 'hk':
      return `https://stock.finance.sina.com.cn/hkstock/quotes/${company.code.slice(2)}.html`;
    case 'gb':
      return `https://stock.finance.sina.com.cn/usstock/quotes/${company.code.slice(3)}.html`;
    default:
      return `https://finance.sina.com.cn/realstock/company/${company.code}/nc.shtml`;
  }
}

function stockLink(company: ListedCompany): string {
  return (
    `<span id="stock_${company.code}"><a href="${stockHref(company)}" class="keyword" target="_blank"` +
    ` data-sudaclick="content_marketkeywords_p">${company.name}</a></span><span id="quote_${company.code}"></span>`
  );
}

/** Draws a story for a post published at `dateMs` (Unix milliseconds). */
export function createStory(rng: Rng, dateMs: number, linksStocks: boolean): Story {
  const feed = rng.weighted(FEED_WEIGHTS);
  const storyline = rng.weighted(feed.storylines);
  const sector = rng.pick(feed.sectors);
  const companies = pickCompanies(rng, feed, sector);
  const beijing = new Date(dateMs + 8 * 3_600_000);
  const local: LocalDate = {
    year: beijing.getUTCFullYear(),
    month: beijing.getUTCMonth() + 1,
    day: beijing.getUTCDate(),
    hour: beijing.getUTCHours(),
  };
  const upbeat = rng.chance(0.65);
  const market = companies[0]?.market;
  // Mainland companies listed in Hong Kong mostly report in yuan; only US filers and
  // Hong Kong market recaps speak in foreign currency.
  const currency = market === 'gb' ? '美元' : market === 'hk' && storyline === 'market' ? '港元' : '元';
  const linked: string[] = [];
  const uses = new Map<readonly unknown[], number[]>();

  const mention = (company: ListedCompany): string => {
    if (!linksStocks || linked.includes(company.code)) return company.name;
    linked.push(company.code);
    return stockLink(company);
  };

  const fixed = (value: number): string => {
    const digits = value >= 100 ? 1 : 2;
    return value.toFixed(digits);
  };

  return {
    rng,
    feed,
    storyline,
    sector,
    profile: SECTOR_PROFILES[sector],
    companies,
    linksStocks,
    region: rng.pick(WORDS.regions),
    policy: rng.pick(WORDS.policies),
    local,
    report: reportPeriodAt(local),
    upbeat,
    currency,
    mention,
    company: (index = 0) => {
      const c = companies[index % companies.length];
      if (c === undefined) throw new Error('a story has at least one company');
      return mention(c);
    },
    linkedCodes: () => linked,
    dateText: () => `${local.month}月${local.day}日`,
    pct: (min = 0.5, max = 45) => `${(min + rng.next() * (max - min)).toFixed(rng.chance(0.7) ? 1 : 2)}%`,
    money: (minYi, maxYi) => {
      // Log-uniform, so small and large amounts are equally common.
      const value = minYi * Math.pow(maxYi / minYi, rng.next());
      if (value >= 10_000) return `${(value / 10_000).toFixed(2)}万亿${currency}`;
      if (value < 1) return `${Math.max(1, Math.round(value * 10_000))}万${currency}`;
      return `${fixed(value)}亿${currency}`;
    },
    change: () => ((rng.chance(0.8) ? upbeat : !upbeat) ? '增长' : '下降'),
    rise: () => ((rng.chance(0.8) ? upbeat : !upbeat) ? '涨' : '跌'),
    fresh: <T>(items: readonly T[]): T => {
      // Use counts are kept per list (lists are module constants), by position.
      let counts = uses.get(items);
      if (counts === undefined) {
        counts = new Array<number>(items.length).fill(0);
        uses.set(items, counts);
      }
      let least = Infinity;
      let ties = 0;
      for (const n of counts) {
        if (n < least) {
          least = n;
          ties = 1;
        } else if (n === least) ties++;
      }
      let k = Math.floor(rng.next() * ties);
      for (let i = 0; i < items.length; i++) {
        if (counts[i] === least && k-- === 0) {
          counts[i] = least + 1;
          return items[i] as T;
        }
      }
      throw new Error('fresh() from an empty list');
    },
    person: () => `${rng.pick(WORDS.surnames)}${rng.pick(WORDS.givenNames)}${rng.chance(0.65) ? rng.pick(WORDS.givenNames) : ''}`,
  };
}
