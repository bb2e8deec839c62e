import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { SearchList, SearchPositions, SearchShard } from '../../../shared/bundle-types';
import { decodeOrdinals } from '../../../shared/ordinal-list';
import { decodePositions } from '../../../shared/search-positions';
import { bigramKey, bigramOfKey, FREQUENT_BIGRAM, normalizeSearchText, searchShardOf, textKeyOccurrences } from '../../../shared/search-text';
import { mergeRuns } from './merge-runs';
import { POSITIONS_CAP_BYTES, RunBuilder } from './run-builder';

/** What a key's entry, list file and positions say, decoded. */
interface Decoded {
  readonly all: number[];
  readonly title: number[];
  readonly frequent: number[];
  readonly positions: number[][] | null;
}

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Indexes articles (normalized [text, title]) into runs of `perRun` articles, merges them
 * over `shards` shards and reads every key back from the files.
 */
function build(articles: readonly (readonly [string, string])[], perRun: number, shards = 4): Map<string, Decoded> {
  dir = mkdtempSync(join(tmpdir(), 'ducai-runs-'));
  const runs: string[] = [];
  const builder = new RunBuilder();
  articles.forEach(([text, title], ordinal) => {
    builder.add(ordinal, text, title);
    if ((ordinal + 1) % perRun === 0 || ordinal === articles.length - 1) {
      runs.push(join(dir, `run-${runs.length}.run`));
      writeFileSync(runs.at(-1)!, builder.flush());
    }
  });
  mergeRuns({ runs, name: 'segmentaaa', shards, shardFrom: 0, shardTo: shards, dir });
  const read = <T>(local: string) => JSON.parse(readFileSync(join(dir, `segmentaaa-${local}.json`), 'utf8')) as T;
  const out = new Map<string, Decoded>();
  for (let k = 0; k < shards; k++) {
    for (const [key, count, ordinals, title, frequent, positions] of read<SearchShard>(`s${k}`).entries) {
      expect(searchShardOf(key, shards), key).toBe(k);
      const list = ordinals.startsWith('@') ? read<SearchList>(`l${k}-${ordinals.slice(1)}`) : null;
      const all = [...decodeOrdinals(list?.ordinals ?? ordinals, articles.length, count)];
      const encoded =
        positions === ''
          ? null
          : positions.startsWith('=')
            ? positions.slice(1)
            : new Map(read<SearchPositions>(`p${k}-${positions.slice(1)}`).entries).get(key)!;
      const decoded = encoded === null ? null : decodePositions(encoded, count);
      out.set(key, {
        all,
        title: [...decodeOrdinals(title, articles.length)],
        frequent: [...decodeOrdinals(list?.frequent ?? frequent, articles.length)],
        positions: decoded && all.map((_, i) => [...decoded.offsets.subarray(decoded.starts[i]!, decoded.starts[i + 1]!)]),
      });
    }
  }
  return out;
}

/** The same, by brute force from the definition of src/shared/search-text.ts. */
function reference(articles: readonly (readonly [string, string])[]): Map<string, Decoded> {
  const out = new Map<string, { all: number[]; title: number[]; frequent: number[]; positions: number[][] }>();
  articles.forEach(([text, title], ordinal) => {
    const titleKeys = new Set(textKeyOccurrences(title).map(([key]) => key));
    const byKey = new Map<number, number[]>();
    for (const [key, at] of textKeyOccurrences(text)) byKey.set(key, [...(byKey.get(key) ?? []), at]);
    for (const [key, at] of byKey) {
      const entry = out.get(bigramOfKey(key)) ?? { all: [], title: [], frequent: [], positions: [] };
      entry.all.push(ordinal);
      entry.positions.push(at);
      if (titleKeys.has(key)) entry.title.push(ordinal);
      if (at.length >= FREQUENT_BIGRAM) entry.frequent.push(ordinal);
      out.set(bigramOfKey(key), entry);
    }
  });
  return out;
}

const article = (text: string, title = ''): readonly [string, string] => [normalizeSearchText(title ? `${title} ${text}` : text), normalizeSearchText(title)];

describe('RunBuilder and mergeRuns', () => {
  const articles = [
    article('上海经济 上海', '上海'),
    article('sz000931 中关村 000931.sz 涨停', '中关村'),
    article('啊啊啊啊 市场投资 市场 市场', ''),
    article('ETF 1.7% 增持 +0.4', 'etf'),
    article('𠀀𠀁 表情 😀', ''),
    article('无关 内容', ''),
    article('上海 000931', '上海'),
  ];

  it.each([1, 2, 3, 7])('index every key exactly as the definition does, in runs of %i', (perRun) => {
    const built = build(articles, perRun);
    const expected = reference(articles);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, want] of expected) expect(built.get(key), JSON.stringify(key)).toEqual(want);
  });

  it('write the same files however the articles were cut into runs', () => {
    const files = (perRun: number) => {
      build(articles, perRun);
      return readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
    };
    const whole = files(7);
    expect(files(1)).toEqual(whole);
    expect(files(3)).toEqual(whole);
  });

  it('keep no positions for a key too common to keep them, in every run, and the others', () => {
    // 上海 in every article, many times: its positions pass the cap; 中关 stays rare.
    const many = Array.from({ length: 300 }, (_, i) => article(`${'上海 '.repeat(60)}第${i}篇`, ''));
    many[5] = article(`中关村 ${'上海 '.repeat(60)}`, '');
    for (const perRun of [300, 40]) {
      const built = build(many, perRun);
      expect(built.get('上海')!.positions, `runs of ${perRun}`).toBeNull();
      expect(built.get('上海')!.all).toHaveLength(300);
      expect(built.get('中关')!.positions).toEqual([[0]]);
    }
    expect(60 * 300).toBeGreaterThan(POSITIONS_CAP_BYTES);
  });

  it('put a long list in a file of its own, and its positions in a positions file', () => {
    // In every fifth of 4,000 articles: 800 ordinals, a list of some 670 characters either way.
    const long = Array.from({ length: 4000 }, (_, i) => article(i % 5 ? `第${i}篇` : `第${i}篇 增长`, ''));
    const built = build(long, 1500, 2);
    const growth = built.get('增长')!;
    expect(growth.all).toHaveLength(800);
    expect(growth.positions).not.toBeNull();
    expect(readdirSync(dir).some((name) => /-l\d+-\d+\.json$/.test(name))).toBe(true);
    expect(bigramKey('增长', 0)).toBeGreaterThan(0xffff);
  });
});
