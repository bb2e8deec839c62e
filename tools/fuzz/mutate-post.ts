import { createRng, type Rng } from '../corpus/prng';

/**
 * The fuzzer's mutations (issue 12): from a seed post, a hostile variant, the same for
 * the same (seed, index) on every machine, so a failing case is reproduced by its number.
 * Each case applies one to three operators (one or two mostly):
 * - `flip`: a few bytes XORed with random values;
 * - `truncate`: the file cut at a random byte (often inside a tag, an entity or a
 *   multi-byte character);
 * - `soup`: snippets of hostile markup dropped into the body (misnested and unclosed tags,
 *   table and list parts out of place, links in links, javascript: and look-alike URLs,
 *   NUL, CR, bidi controls, lone-surrogate entities, comments, CDATA);
 * - `nest`: one tag opened hundreds to thousands of times (optionally closed again);
 * - `nul`: NUL bytes inserted;
 * - `encoding`: a run of bytes that is not UTF-8, or a UTF-16 byte-order mark.
 */
export type Operator = 'flip' | 'truncate' | 'soup' | 'nest' | 'nul' | 'encoding';

export interface MutatedPost {
  readonly bytes: Uint8Array;
  readonly operators: readonly Operator[];
}

const OPERATORS: readonly (readonly [Operator, number])[] = [
  ['soup', 8],
  ['nest', 3],
  ['flip', 2],
  ['truncate', 2],
  ['nul', 1],
  ['encoding', 1],
];

const SNIPPETS: readonly string[] = [
  '<p>',
  '</p>',
  '<p>段落',
  '<div>',
  '</div>',
  '<span>',
  '</span>',
  '<br>',
  '<hr>',
  '<b>',
  '</b>',
  '<strong>',
  '</strong>',
  '<em>',
  '</em>',
  '<i>',
  '<u>',
  '</u>',
  '<s>',
  '<sub>',
  '<sup>',
  '<small>',
  '<code>',
  '</code>',
  '<pre>',
  '<pre>\n\n代码',
  '</pre>',
  '<h1>标题',
  '<h2>',
  '</h2>',
  '<h3>小标题</h3>',
  '<h6>',
  '<blockquote>',
  '</blockquote>',
  '<ul>',
  '</ul>',
  '<ol start=3>',
  '</ol>',
  '<li>',
  '</li>',
  '<li>条目',
  '<figure>',
  '</figure>',
  '<figcaption>图注',
  '</figcaption>',
  '<table>',
  '</table>',
  '<caption>表',
  '<thead>',
  '<tbody>',
  '</tbody>',
  '<tfoot>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th colspan=2>',
  '<td rowspan=999>',
  '<a href="https://ok.example/">链接',
  '</a>',
  "<a href='javascript:alert(1)'>",
  '<a href="//evil.example/">',
  '<a href="https://ｅｘａｍｐｌｅ.com/路径">',
  '<a href="https://user@evil.example/">',
  '<a href="/\\evil">',
  '<a href="http://例子.测试/">',
  '<a href=" https://a.example/ ">',
  '<img src="https://n.sinaimg.cn/a.jpg">',
  '<img src=x onerror=alert(1)>',
  '<img src="http://n.sinaimg.cn/b.png" alt="图&#0;">',
  '<img src="data:image/png;base64,AAAA">',
  '<img alt="-->" src="/a.png">',
  '<img src="/a.png" width=100% height=12>',
  '<mark data-stock="sz000931">',
  '<mark>',
  '</mark>',
  '<span id="stock_sz000931">中关村</span>',
  '<span id="stock_constructor">x</span>',
  '<span id="stock_gb_..">y</span>',
  '<a href="https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml">贵州茅台</a>',
  '<!-- news_keyword_pub,stock,sz000001&hk00700&constructor -->',
  '<!--',
  '-->',
  '<![CDATA[x]]>',
  '<?xml x?>',
  '<!doctype html>',
  '<script>alert(1)</script>',
  '<style>p{}</style>',
  '<svg><a xlink:href="javascript:alert(1)">s</a></svg>',
  '<math><mi>',
  '<iframe src="https://evil.example/">',
  '<template><p>t</template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<font cms-style="font-L strong-Bold">粗体</font>',
  '<div class="img_wrapper"><img src="/i.png"><span class="img_descr">说明</span></div>',
  '\r',
  '\r\n',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '&#0;',
  '&#xD800;',
  '&#xDC00;',
  '&#x202E;',
  '&nbsp;',
  '&amp;',
  '&lt;p&gt;',
  '&#x1F600;',
  '&',
  '<',
  '>',
  '"',
  "'",
  '=',
  '/',
  '原标题：另一个标题',
  '责任编辑：张三 SF001',
  '（责任编辑：李四）',
  '相关阅读：',
  '本文来自新浪财经APP',
  '　　',
  '\t',
  'text',
  '中关村',
  '贵州茅台',
];

const NEST_TAGS: readonly string[] = [
  'div',
  'blockquote',
  'a href="https://ok.example/"',
  'strong',
  'b',
  'li',
  'ul',
  'table',
  'td',
  'p',
  'font',
  'span',
  'mark',
  'pre',
];

const encoder = new TextEncoder();

/** A post whose body is nothing but hostile snippets, for seeds that start as soup. */
export function soupPost(seed: number, snippets: number): Uint8Array {
  const rng = createRng(seed, 0x50_55_50);
  const body = Array.from({ length: snippets }, () => rng.pick(SNIPPETS)).join('');
  return encoder.encode(`---\ntitle: 汤 ${seed}\ndate: 2024-03-01 10:00:00\ncategories: [金融]\n---\n<p>正文</p>${body}`);
}

/** The `index`-th mutated post of a fuzzing run: a seed post from `seeds`, mutated. */
export function mutatePost(seeds: readonly Uint8Array[], index: number, runSeed: number): MutatedPost {
  const rng = createRng(runSeed, index);
  let bytes = seeds[rng.int(0, seeds.length - 1)]!;
  const operators: Operator[] = [];
  const count = rng.int(1, 2) + (rng.chance(0.2) ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const operator = rng.weighted(OPERATORS);
    operators.push(operator);
    bytes = apply(operator, bytes, rng);
  }
  return { bytes, operators };
}

/** Where the body starts (after the second `---` line), so most mutations hit the HTML. */
function bodyStart(bytes: Uint8Array): number {
  let seen = 0;
  for (let i = 0; i + 3 < bytes.length; i++) {
    if ((i === 0 || bytes[i - 1] === 0x0a) && bytes[i] === 0x2d && bytes[i + 1] === 0x2d && bytes[i + 2] === 0x2d) {
      seen++;
      if (seen === 2) return Math.min(bytes.length, i + 4);
    }
  }
  return 0;
}

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

/** A random position in the body, between characters (an insertion must not split one). */
function positionInBody(bytes: Uint8Array, rng: Rng): number {
  const start = bodyStart(bytes);
  let at = rng.int(start, bytes.length);
  while (at > start && at < bytes.length && (bytes[at]! & 0xc0) === 0x80) at--;
  return at;
}

function apply(operator: Operator, bytes: Uint8Array, rng: Rng): Uint8Array {
  switch (operator) {
    case 'flip': {
      const out = bytes.slice();
      const flips = rng.int(1, 8);
      for (let i = 0; i < flips && out.length > 0; i++) out[rng.int(0, out.length - 1)]! ^= rng.int(1, 255);
      return out;
    }
    case 'truncate':
      return bytes.slice(0, rng.int(Math.min(1, bytes.length), bytes.length));
    case 'soup': {
      let out = bytes;
      const snippets = rng.int(1, 40);
      for (let i = 0; i < snippets; i++) out = splice(out, positionInBody(out, rng), 0, encoder.encode(rng.pick(SNIPPETS)));
      return out;
    }
    case 'nest': {
      const tag = rng.pick(NEST_TAGS);
      const depth = rng.chance(0.8) ? rng.int(20, 700) : rng.int(700, 3000);
      const name = tag.split(' ')[0]!;
      const open = `<${tag}>`.repeat(depth);
      const close = rng.chance(0.5) ? `</${name}>`.repeat(depth) : '';
      return splice(bytes, positionInBody(bytes, rng), 0, encoder.encode(`${open}深层文字${close}`));
    }
    case 'nul': {
      let out = bytes;
      const count = rng.int(1, 5);
      for (let i = 0; i < count; i++) out = splice(out, positionInBody(out, rng), 0, new Uint8Array([0]));
      return out;
    }
    case 'encoding': {
      if (rng.chance(0.2)) return splice(bytes, 0, 0, new Uint8Array(rng.chance(0.5) ? [0xff, 0xfe] : [0xfe, 0xff]));
      const run = new Uint8Array(rng.int(1, 12));
      for (let i = 0; i < run.length; i++) run[i] = rng.int(0x80, 0xff);
      return splice(bytes, positionInBody(bytes, rng), 0, run);
    }
  }
}
