import type { Market } from './listed-companies';
import type { SectorKey } from './sector-profiles';

// The feeds our scraper subscribes to, as the category paths it writes into
// posts. The leaf “新浪财经－国內” keeps the traditional 內 that production data
// really has: the ingest must not "fix" or split on it.

/** What kind of story a post tells; decides its title and paragraph templates. */
export type Storyline = 'policy' | 'macro' | 'earnings' | 'corporate' | 'market' | 'industry';

export interface Feed {
  /** [top level, source, feed], as written in the front matter. */
  readonly path: readonly [string, string, string];
  /** The front matter's author: the publishing outlet. */
  readonly author: string;
  /** Relative frequency of the feed in the corpus. */
  readonly weight: number;
  /** Industries its stories are about. */
  readonly sectors: readonly SectorKey[];
  /** Markets whose stocks it links; empty means A shares (sh, sz, bj). */
  readonly markets: readonly Market[];
  readonly storylines: readonly (readonly [Storyline, number])[];
}

const A_SHARES: readonly Market[] = ['sh', 'sz', 'bj'];

export const FEEDS: readonly Feed[] = [
  {
    path: ['金融', '新浪财经', '新浪财经－国內'],
    author: '新浪财经',
    weight: 14,
    sectors: ['bank', 'broker', 'consumer', 'industrial', 'pharma', 'materials', 'liquor', 'property'],
    markets: A_SHARES,
    storylines: [
      ['policy', 3],
      ['earnings', 2],
      ['corporate', 3],
      ['market', 2],
      ['industry', 2],
    ],
  },
  {
    path: ['金融', '新浪财经', '新浪财经－港股'],
    author: '新浪财经',
    weight: 7,
    sectors: ['internet', 'hardware', 'auto', 'insurance', 'bank', 'property', 'pharma', 'oil'],
    markets: ['hk'],
    storylines: [
      ['market', 4],
      ['earnings', 3],
      ['corporate', 2],
    ],
  },
  {
    path: ['金融', '新浪财经', '新浪财经－美股'],
    author: '新浪财经',
    weight: 5,
    sectors: ['chip', 'internet', 'auto', 'hardware'],
    markets: ['gb'],
    storylines: [
      ['market', 4],
      ['earnings', 3],
      ['corporate', 2],
    ],
  },
  {
    path: ['金融', '新浪财经', '新浪财经－基金'],
    author: '新浪基金',
    weight: 4,
    sectors: ['broker', 'liquor', 'pharma', 'chip', 'battery'],
    markets: A_SHARES,
    storylines: [
      ['market', 3],
      ['industry', 3],
      ['policy', 1],
    ],
  },
  {
    path: ['金融', '证券时报', '证券时报－要闻'],
    author: '证券时报',
    weight: 5,
    sectors: ['broker', 'bank', 'insurance', 'industrial'],
    markets: A_SHARES,
    storylines: [
      ['policy', 3],
      ['corporate', 2],
      ['market', 2],
    ],
  },
  {
    path: ['金融', '财联社', '财联社－银行'],
    author: '财联社',
    weight: 4,
    sectors: ['bank'],
    markets: A_SHARES,
    storylines: [
      ['earnings', 2],
      ['policy', 2],
      ['industry', 2],
      ['corporate', 1],
    ],
  },
  {
    path: ['科技', '36氪', '36氪－快讯'],
    author: '36氪',
    weight: 7,
    sectors: ['internet', 'hardware', 'chip'],
    markets: ['sh', 'sz', 'hk', 'gb'],
    storylines: [
      ['corporate', 5],
      ['earnings', 2],
      ['industry', 2],
    ],
  },
  {
    path: ['科技', '36氪', '36氪－深度'],
    author: '36氪',
    weight: 3,
    sectors: ['internet', 'chip', 'auto', 'hardware'],
    markets: ['sh', 'sz', 'hk', 'gb'],
    storylines: [
      ['industry', 4],
      ['corporate', 2],
    ],
  },
  {
    path: ['科技', '新浪科技', '新浪科技－互联网'],
    author: '新浪科技',
    weight: 4,
    sectors: ['internet'],
    markets: ['hk', 'gb', 'sh', 'sz'],
    storylines: [
      ['corporate', 3],
      ['earnings', 3],
      ['industry', 2],
    ],
  },
  {
    path: ['科技', '新浪科技', '新浪科技－通信'],
    author: '新浪科技',
    weight: 3,
    sectors: ['telecom', 'hardware', 'chip'],
    markets: ['sh', 'sz', 'hk', 'bj'],
    storylines: [
      ['industry', 3],
      ['corporate', 2],
      ['policy', 1],
    ],
  },
  {
    path: ['汽车', '新浪汽车', '新浪汽车－新能源'],
    author: '新浪汽车',
    weight: 6,
    sectors: ['auto', 'battery'],
    markets: ['sh', 'sz', 'bj', 'hk', 'gb'],
    storylines: [
      ['industry', 3],
      ['corporate', 3],
      ['earnings', 1],
    ],
  },
  {
    path: ['汽车', '新浪汽车', '新浪汽车－行业'],
    author: '新浪汽车',
    weight: 3,
    sectors: ['auto'],
    markets: ['sh', 'sz', 'hk'],
    storylines: [
      ['industry', 3],
      ['policy', 2],
      ['corporate', 1],
    ],
  },
  {
    path: ['汽车', '第一财经', '第一财经－汽车'],
    author: '第一财经',
    weight: 2,
    sectors: ['auto', 'battery'],
    markets: ['sh', 'sz', 'hk', 'gb'],
    storylines: [
      ['industry', 2],
      ['earnings', 2],
      ['corporate', 1],
    ],
  },
  {
    path: ['地产', '新浪房产', '新浪房产－楼市'],
    author: '新浪房产',
    weight: 5,
    sectors: ['property'],
    markets: ['sh', 'sz', 'hk'],
    storylines: [
      ['policy', 3],
      ['industry', 3],
      ['macro', 1],
    ],
  },
  {
    path: ['地产', '新浪房产', '新浪房产－土地'],
    author: '新浪房产',
    weight: 2,
    sectors: ['property'],
    markets: ['sh', 'sz', 'hk'],
    storylines: [
      ['industry', 3],
      ['corporate', 2],
    ],
  },
  {
    path: ['地产', '观点地产', '观点地产－公司'],
    author: '观点地产网',
    weight: 2,
    sectors: ['property'],
    markets: ['sh', 'sz', 'hk'],
    storylines: [
      ['earnings', 3],
      ['corporate', 3],
    ],
  },
  {
    path: ['能源', '财联社', '财联社－电力'],
    author: '财联社',
    weight: 4,
    sectors: ['power'],
    markets: A_SHARES,
    storylines: [
      ['industry', 3],
      ['policy', 2],
      ['corporate', 2],
    ],
  },
  {
    path: ['能源', '财联社', '财联社－新能源'],
    author: '财联社',
    weight: 4,
    sectors: ['solar', 'battery', 'power'],
    markets: A_SHARES,
    storylines: [
      ['industry', 3],
      ['corporate', 2],
      ['earnings', 2],
    ],
  },
  {
    path: ['能源', '中国能源报', '中国能源报－油气'],
    author: '中国能源报',
    weight: 2,
    sectors: ['oil', 'materials'],
    markets: ['sh', 'sz', 'hk'],
    storylines: [
      ['industry', 3],
      ['policy', 2],
      ['earnings', 1],
    ],
  },
  {
    path: ['宏观', '新浪财经', '新浪财经－宏观'],
    author: '新浪财经',
    weight: 5,
    sectors: ['bank', 'consumer', 'property', 'industrial', 'agriculture', 'logistics'],
    markets: A_SHARES,
    storylines: [
      ['macro', 5],
      ['policy', 2],
    ],
  },
  {
    path: ['宏观', '第一财经', '第一财经－政策'],
    author: '第一财经',
    weight: 3,
    sectors: ['industrial', 'consumer', 'bank', 'logistics'],
    markets: A_SHARES,
    storylines: [
      ['policy', 4],
      ['macro', 2],
    ],
  },
];
