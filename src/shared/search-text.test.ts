import { describe, expect, it } from 'vitest';
import {
  articleSearchText,
  bigramOfKey,
  normalizeSearchText,
  searchShardOf,
  searchTerms,
  termKeys,
  textKeys,
  treeText,
  type SearchTreeAdapter,
} from './search-text';

describe('normalizeSearchText', () => {
  it.each([
    ['full-width letters and digits fold', 'ＡＢＣ１２３股份', 'abc123股份'],
    ['Latin letters lower-case', 'Bank of China', 'bank of china'],
    ['ideographic and no-break spaces become one space', '上海\u3000\u00a0 经济', '上海 经济'],
    ['newlines are spaces', '上海\n\n经济', '上海 经济'],
    ['zero-width and bidi characters go', '中\u200b关\u202e村\ufeff', '中关村'],
    ['Chinese punctuation stays', '“两区”建设，', '“两区”建设,'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });
});

describe('searchTerms', () => {
  it.each([
    ['one word', '知识产权', ['知识产权']],
    ['words separated by any space are ANDed', '绿色金融\u3000 北交所', ['绿色金融', '北交所']],
    ['the same normalization as the index', 'ＳＨ600519', ['sh600519']],
    ['duplicates and words inside another go', '茅台 贵州茅台 茅台', ['贵州茅台']],
    ['blank', ' \u3000 ', []],
  ])('%s', (_name, query, expected) => {
    expect(searchTerms(query)).toEqual(expected);
  });

  it('bounds a pasted article to a few terms of a few characters', () => {
    const terms = searchTerms(Array.from({ length: 50 }, (_, i) => `词${i}`.repeat(30)).join(' '));
    expect(terms.length).toBeLessThanOrEqual(8);
    expect(Math.max(...terms.map((t) => t.length))).toBeLessThanOrEqual(40);
  });
});

describe('bigrams', () => {
  it('are the distinct adjacent pairs without a space, in order of first occurrence', () => {
    expect([...textKeys('市场 市场投资')].map(bigramOfKey)).toEqual(['市场', '场投', '投资']);
    expect([...textKeys('啊啊啊啊')].map(bigramOfKey)).toEqual(['啊啊']);
    expect([...textKeys('a')]).toEqual([]);
  });

  it('are exactly the distinct pairs of long texts', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (const length of [5000, 40, 70_000, 3]) {
      const text = Array.from({ length }, () => (random() < 0.1 ? ' ' : String.fromCharCode(0x4e00 + Math.floor(random() * 60)))).join('');
      const expected = new Set<string>();
      for (let i = 0; i + 1 < text.length; i++) if (text[i] !== ' ' && text[i + 1] !== ' ') expected.add(text.slice(i, i + 2));
      const keys = [...textKeys(text)].map(bigramOfKey);
      expect(keys.length).toBe(expected.size);
      expect(new Set(keys)).toEqual(expected);
    }
  });

  it('of a term: one for two characters, none for one', () => {
    expect(termKeys('中关村')).toEqual(['中关', '关村']);
    expect(termKeys('a股')).toEqual(['a股']);
    expect(termKeys('油')).toEqual([]);
    expect(termKeys('ab')).toEqual(['ab']);
  });

  it('of letters and digits: their trigrams, and the bigrams where the run meets other text', () => {
    const trigrams = (text: string) => [...textKeys(text)].filter((key) => key < 0x10000).map(bigramOfKey);
    expect(termKeys('000931')).toEqual(trigrams('000931'));
    expect(termKeys('000931')).toHaveLength(4);
    expect(termKeys('000')).toEqual(trigrams('000'));
    expect(termKeys('000')[0]).toHaveLength(2);
    expect(termKeys('000')[0]!.charCodeAt(0)).toBe(0);
    // 股s is where the run meets other text; sh6, h60 and 600 are inside it.
    expect(termKeys('股sh600')).toEqual(['股s', ...trigrams('sh600')]);
  });

  it('index a text of letters and digits by its trigrams too, and never confuse the two kinds', () => {
    const keys = [...textKeys('sz000931 中关村')];
    const strings = keys.map(bigramOfKey);
    for (const key of termKeys('000931')) expect(strings).toContain(key);
    expect(strings).toContain('中关');
    expect(new Set(strings).size).toBe(keys.length);
    // A control character cannot start a bigram: normalization makes it a space.
    expect(normalizeSearchText('a\u0000b\u0007c\u0085d')).toBe('a b c d');
  });

  it('round-trip through their keys, surrogate halves included', () => {
    for (const pair of ['中关', 'a1', '𠀀'[0]! + '𠀀'[1]!]) expect(bigramOfKey(textKeys(pair)[0]!)).toBe(pair);
  });
});

describe('searchShardOf', () => {
  it('spreads the bigrams of one script evenly over 1,024 shards', () => {
    const counts = new Array<number>(1024).fill(0);
    let n = 0;
    for (let a = 0x4e00; a < 0x4e00 + 400; a++) {
      for (let b = 0x4e00; b < 0x4e00 + 400; b++) {
        counts[searchShardOf(String.fromCharCode(a, b), 1024)]!++;
        n++;
      }
    }
    expect(Math.max(...counts) / (n / 1024)).toBeLessThan(1.3);
  });
});

interface Node {
  readonly tag?: string;
  readonly text?: string;
  readonly children?: readonly Node[];
}
const adapter: SearchTreeAdapter<Node> = {
  children: (node) => node.children ?? [],
  text: (node) => node.text ?? null,
  tag: (node) => node.tag ?? null,
};

describe('treeText', () => {
  it('breaks the text between blocks, not inside inline elements', () => {
    const doc: Node = {
      children: [
        { tag: 'p', children: [{ text: '上海' }] },
        { tag: 'p', children: [{ text: '经' }, { tag: 'strong', children: [{ text: '济' }] }] },
      ],
    };
    expect(normalizeSearchText(treeText(doc, adapter)).trim()).toBe('上海 经济');
  });

  it('walks 50,000 levels of nesting without overflowing the stack', () => {
    let node: Node = { text: '深处' };
    for (let i = 0; i < 50_000; i++) node = { tag: i % 2 ? 'div' : 'em', children: [node] };
    expect(normalizeSearchText(treeText({ children: [node] }, adapter)).trim()).toBe('深处');
  });
});

describe('articleSearchText', () => {
  it('holds the title, the body and every way of naming each stock', () => {
    const text = articleSearchText('标题', '正文', [{ code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村' }]);
    for (const part of ['标题', '正文', 'sz000931', '000931.sz', '中关村']) expect(text).toContain(part);
    expect(text).not.toContain('标题正文');
  });
});
