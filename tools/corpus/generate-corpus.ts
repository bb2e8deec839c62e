// Synthetic benchmark corpus for the ingest: Hexo posts in the exact shape our
// Sina Finance scraper writes, in the proportions we see in production, so a
// benchmark run spends its time where a real run would.
//
// Why these proportions:
// - Dates: ~70% RFC 1123 GMT (the scraper's own format), ~15% ISO 8601 with an
//   offset or Z, ~15% Hexo's zone-less `YYYY-MM-DD HH:mm:ss`: posts touched by
//   other tools, and the shapes a date normaliser gets wrong.
// - Titles: ~8% with quotes flattened to underscores by the scraper, ~6% with
//   the quotes kept, ~2% with an apostrophe that YAML must escape as ''.
// - Categories: ~95% one three-level path, ~3% a plain string, ~2% two paths:
//   every shape Hexo accepts and the ingest has to map to a path.
// - ~50% link 1–4 stocks (and mention them again unlinked): stock extraction
//   runs on half the posts and must not double count.
// - ~10% legacy CMS markup (upper-case unquoted tags, unclosed <P>, <BR>,
//   <FONT>, a tracking <SCRIPT>, &nbsp;): the slow, forgiving path of the HTML
//   parser and the sanitizer. Of the rest, ~88% carry the full promo/editor
//   trailer the cleaner strips. Across all posts: ~25% a reporter byline (bold
//   in the current template), ~15% 1–3 body images (then usually also the
//   head image), ~10% no head image at all.
// - Bodies of 3–25 paragraphs, ~600 to ~12,000 characters, median near the
//   real post's ~3,500: reading time and search indexing see realistic sizes.
// - Only when count >= 1000, because smaller corpora are for correctness tests
//   that must not trip over them, error cases at production's failure rates,
//   placed at seeded positions: 0.2% no front matter, 0.1% broken YAML, 0.1% an
//   unparseable date, 0.1% a byte-identical copy of an earlier post under a new
//   file name (re-scrapes). Their cost and their error reporting are part of
//   what the benchmark measures.
//
// Everything comes from one seeded PRNG stream per post (no Math.random, no
// clock): the same seed and count give byte-identical files on any machine.

import { composeParagraphs } from './compose-paragraphs';
import { composeTitle, type TitleKind } from './compose-title';
import { createStory, type Story } from './create-story';
import { FEEDS } from './feed-categories';
import { formatPostDate, type DateStyle } from './post-date';
import { createRng, type Rng } from './prng';
import { PROMO_IMAGE_URL, renderArticle } from './render-article';
import { renderFrontMatter, type Categories } from './render-front-matter';
import { WORDS } from './word-lists';

export interface CorpusOptions {
  /** Number of posts; a non-negative integer. */
  readonly count: number;
  /** PRNG seed, an unsigned 32-bit integer. Defaults to DEFAULT_SEED. */
  readonly seed?: number;
}

export interface CorpusPost {
  /** `NNNNNN_<16 hex>.txt`, unique within the corpus. */
  readonly fileName: string;
  /** The whole file: UTF-8 text with LF line endings. */
  readonly text: string;
}

type Defect = 'noFrontMatter' | 'brokenYaml' | 'badDate' | 'duplicate';

const DEFAULT_SEED = 20220210;
const DEFECTS_FROM = 1000;
const DEFECT_RATES: readonly (readonly [Defect, number])[] = [
  ['noFrontMatter', 0.002],
  ['brokenYaml', 0.001],
  ['badDate', 0.001],
  ['duplicate', 0.001],
];
/** How far back a duplicate may reach: re-scrapes happen within hours, not years. */
const DUPLICATE_WINDOW = 64;

const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * 3_600_000;
const FIRST_MS = Date.UTC(2020, 0, 1);
/** 2026-11-28 23:59:59 in Beijing, so dates stay inside the range in UTC and in local time alike. */
const LAST_MS = Date.UTC(2026, 10, 28, 16) - 1000;
const LEGACY_LAST_MS = Date.UTC(2023, 0, 1);

const HOUR_WEIGHTS = Array.from({ length: 24 }, (_, h) => [h, h < 7 ? 1 : h < 9 || h > 21 ? 4 : 7] as const);

/** A publication instant: any day in range, hours weighted towards Beijing working hours. */
function drawDate(rng: Rng, legacy: boolean): number {
  const last = legacy ? LEGACY_LAST_MS : LAST_MS;
  const days = Math.floor((last - FIRST_MS) / DAY_MS);
  const hour = rng.weighted(HOUR_WEIGHTS);
  const ms = FIRST_MS + rng.int(0, days) * DAY_MS - BEIJING_MS + hour * 3_600_000 + rng.int(0, 3599) * 1000;
  return Math.min(last, Math.max(FIRST_MS, ms));
}

function drawDateStyle(rng: Rng): DateStyle {
  return rng.weighted<() => DateStyle>([
    [() => ({ kind: 'rfc1123' }), 70],
    [
      () =>
        rng.weighted<DateStyle>([
          [{ kind: 'iso', offsetMinutes: 480, zulu: false, millis: false }, 9],
          [{ kind: 'iso', offsetMinutes: 0, zulu: true, millis: false }, 2],
          [{ kind: 'iso', offsetMinutes: 0, zulu: true, millis: true }, 2],
          [{ kind: 'iso', offsetMinutes: rng.pick([0, -300, -240, 540]), zulu: false, millis: false }, 2],
        ]),
      15,
    ],
    [() => ({ kind: 'hexo', offsetMinutes: 480 }), 15],
  ])();
}

function drawCategories(rng: Rng, story: Story): Categories {
  const path = story.feed.path;
  return rng.weighted<() => Categories>([
    [() => ({ kind: 'path', path }), 95],
    [() => ({ kind: 'plain', name: rng.chance(0.5) ? path[0] : path[2] }), 3],
    [
      () => {
        const second = rng.pick(FEEDS.filter((f) => f.path[2] !== path[2])).path;
        return { kind: 'paths', paths: [path, second] };
      },
      2,
    ],
  ])();
}

/** Makes `title` unique among `taken`, changing it only when it collides. */
function uniqueTitle(title: string, story: Story, taken: Set<string>): string {
  const { year, month, day, hour } = story.local;
  const candidates = [title, `${title}（${month}月${day}日）`, `${title}（${year}年${month}月${day}日）`, `${title}（${year}年${month}月${day}日${hour}时）`];
  let unique = candidates.find((c) => !taken.has(c));
  for (let n = 2; unique === undefined; n++) {
    const candidate = `${title}（之${n}）`;
    if (!taken.has(candidate)) unique = candidate;
  }
  taken.add(unique);
  return unique;
}

function drawTitle(rng: Rng, story: Story, taken: Set<string>): string {
  const kind = rng.weighted<TitleKind | 'underscored'>([
    ['plain', 84],
    ['quoted', 6],
    ['underscored', 8],
    ['apostrophe', 2],
  ]);
  const composed = composeTitle(story, kind === 'underscored' ? 'quoted' : kind);
  return uniqueTitle(kind === 'underscored' ? composed.replace(/[“”]/g, '_') : composed, story, taken);
}

/** A well-formed post. */
function composePost(rng: Rng, titles: Set<string>): string {
  const legacy = rng.chance(0.1);
  const dateMs = drawDate(rng, legacy);
  const story = createStory(rng, dateMs, rng.chance(0.5));
  const title = drawTitle(rng, story, titles);

  // Paragraph count and length are drawn independently; their product gives the
  // long-tailed size distribution of real articles.
  const paragraphCount = 3 + Math.floor(23 * Math.pow(rng.next(), 1.5));
  const paragraphChars = 110 * Math.pow(540 / 110, rng.next());
  const prose = composeParagraphs(story, {
    paragraphCount,
    paragraphChars,
    withByline: rng.chance(0.25),
  });
  const article = renderArticle(story, prose, {
    legacy,
    imageCount: rng.chance(0.15 / 0.9)
      ? rng.weighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ] as const)
      : 0,
    trailer: rng.weighted([
      ['full', 88],
      ['editor', 7],
      ['none', 5],
    ] as const),
    originalMarkers: rng.chance(0.2),
  });

  const firstImage = article.imageUrls[0];
  const headimg =
    firstImage !== undefined
      ? rng.weighted<string | null>([
          [firstImage, 75],
          [PROMO_IMAGE_URL, 15],
          [null, 10],
        ])
      : rng.chance(0.9)
        ? PROMO_IMAGE_URL
        : null;
  const thumbnail = headimg !== null && rng.chance(0.95) ? headimg : null;

  return (
    renderFrontMatter({
      title,
      categories: drawCategories(rng, story),
      headimg,
      author: story.feed.author,
      date: formatPostDate(dateMs, drawDateStyle(rng)),
      thumbnail,
    }) + article.html
  );
}

const FENCE_END = '\n---\n\n';

/** Damages a well-formed post the way the named failure damages real ones. */
function applyDefect(rng: Rng, text: string, defect: Exclude<Defect, 'duplicate'>): string {
  const end = text.indexOf(FENCE_END);
  const frontMatter = text.slice(0, end);
  const body = text.slice(end + FENCE_END.length);
  switch (defect) {
    case 'noFrontMatter':
      return rng.chance(0.5) ? body : `\n${body}`;
    case 'badDate': {
      const garbage = rng.pick([
        '昨天 14:32',
        'NaN-NaN-NaN NaN:NaN:NaN',
        'Invalid Date',
        `${rng.int(2020, 2026)}年${rng.int(1, 12)}月${rng.int(1, 31)}日 ${rng.int(0, 23)}:${rng.int(10, 59)}`,
        `Thu, ${rng.int(1, 28)} Fbr ${rng.int(2020, 2026)} 12:${rng.int(10, 59)}:00 GMT`,
      ]);
      return `${frontMatter.replace(/^date: .*$/m, `date: ${garbage}`)}${FENCE_END}${body}`;
    }
    case 'brokenYaml': {
      const broken = rng.pick<(fm: string) => string>([
        // An apostrophe the scraper forgot to double.
        (fm) => fm.replace(/^title: '(.*)'$/m, (_, t: string) => `title: '${t}（${rng.pick(WORDS.apostropheBrands)}）'`),
        // Tabs are not YAML indentation.
        (fm) => fm.replace(/^title: (.*)$/m, 'title:\n\t$1'),
        // An unterminated quote swallows the rest of the block.
        (fm) => fm.replace(/^author: (.*)$/m, "author: '$1"),
        // A key written twice.
        (fm) => fm.replace(/^(date: .*)$/m, '$1\n$1'),
        // A plain scalar containing ': '.
        (fm) => fm.replace(/^author: (.*)$/m, 'author: 来源: $1'),
      ]);
      return `${broken(frontMatter)}${FENCE_END}${body}`;
    }
  }
}

/** Seeded positions of the deliberate error cases; none below DEFECTS_FROM posts. */
function planDefects(seed: number, count: number): Map<number, Defect> {
  const plan = new Map<number, Defect>();
  if (count < DEFECTS_FROM) return plan;
  const rng = createRng(seed, 0x0def_ec75, count);
  for (const [defect, rate] of DEFECT_RATES) {
    const wanted = Math.round(count * rate);
    for (let placed = 0; placed < wanted;) {
      // Never at 0: a duplicate needs an earlier post.
      const at = rng.int(1, count - 1);
      if (!plan.has(at)) {
        plan.set(at, defect);
        placed++;
      }
    }
  }
  return plan;
}

/**
 * Yields `count` posts, one at a time, so a caller can write millions without
 * holding them. Memory grows only with the set of titles (for uniqueness).
 */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusPost> {
  const { count, seed = DEFAULT_SEED } = options;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new RangeError(`seed must be an integer in [0, 2^32), got ${seed}`);
  }

  const defects = planDefects(seed, count);
  const titles = new Set<string>();
  const recent: string[] = [];
  const width = Math.max(6, String(count - 1).length);

  for (let i = 0; i < count; i++) {
    const rng = createRng(seed, i);
    const fileName = `${String(i).padStart(width, '0')}_${rng.hex(16)}.txt`;
    const defect = defects.get(i);

    if (defect === 'duplicate' && recent.length > 0) {
      yield { fileName, text: rng.pick(recent) };
      continue;
    }
    const post = composePost(rng, titles);
    if (defect === undefined || defect === 'duplicate') {
      recent.push(post);
      if (recent.length > DUPLICATE_WINDOW) recent.shift();
      yield { fileName, text: post };
    } else {
      yield { fileName, text: applyDefect(rng, post, defect) };
    }
  }
}
