/**
 * Posts built to find the ingest's worst cases (issue 9's "no pathological post" and
 * issue 12's structure bombs): each is valid front matter and a body that stresses one
 * dimension — element count, nesting depth, text size, stock mentions, formatting and
 * link nesting, images, categories, listed stocks. `scale` 1 is the size the benchmark
 * measures; the tests use a fraction of it.
 */
export interface PathologicalPost {
  readonly name: string;
  readonly text: string;
}

function post(title: string, body: string, categories = '[金融, 测试]'): string {
  return `---\ntitle: ${title}\ndate: 2024-03-01 10:00:00\ncategories: ${categories}\nauthor: 测试来源\n---\n${body}`;
}

const SENTENCE = '中关村科技园区今日发布新一轮产业扶持政策，多家上市公司公告称将加大研发投入。';

export function pathologicalPosts(scale = 1): PathologicalPost[] {
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const elements = n(100_000);
  const depth = n(20_000);
  const mentions = n(100_000);
  // Bytes, not characters: 10 MB is over the ingest's per-file cap, 7.5 MB under it.
  const textBytes = [n(10_000_000), n(7_500_000)];
  const bomb = n(800);
  const quotes = n(2_400);
  const images = n(3_000);
  const categories = n(3_000);
  const listed = n(10_000);
  return [
    {
      name: `${elements.toLocaleString('en')} elements`,
      text: post('十万个元素', Array.from({ length: elements / 2 }, (_, i) => `<p><strong>第${i}段</strong></p>`).join('\n')),
    },
    ...[depth, n(2_000)].map((levels) => ({
      name: `${levels.toLocaleString('en')} nested divs`,
      text: post('两万层嵌套', `<p>${SENTENCE}</p>${'<div>'.repeat(levels)}${SENTENCE}${'</div>'.repeat(levels)}`),
    })),
    ...textBytes.map((size) => ({
      name: `${(size / 1e6).toFixed(1)} MB of text`,
      // Three bytes a character in UTF-8; one paragraph per sentence, as articles come.
      text: post('一千万字节', `<p>${SENTENCE}</p>\n`.repeat(Math.ceil(size / (SENTENCE.length * 3 + 8)))),
    })),
    {
      name: `${mentions.toLocaleString('en')} stock spans`,
      text: post('十万次股票提及', `<p>${'<span id="stock_sz000931">中关村</span>，'.repeat(mentions)}</p>`),
    },
    {
      name: `${mentions.toLocaleString('en')} stock names in text`,
      text: post('十万次股票名称', `<p><span id="stock_sz000931">中关村</span>${'中关村上涨，'.repeat(mentions)}</p>`),
    },
    {
      name: `${bomb.toLocaleString('en')} nested formatting links`,
      text: post('嵌套链接', `<p>${SENTENCE}</p>${"<strong><em><a href='https://ok.example/'><u>".repeat(bomb)}文字${'</u></a></em></strong>'.repeat(bomb)}`),
    },
    {
      name: `${quotes.toLocaleString('en')} nested blockquotes`,
      text: post('嵌套引用', `<p>${SENTENCE}</p>${'<blockquote>'.repeat(quotes)}${SENTENCE}${'</blockquote>'.repeat(quotes)}`),
    },
    {
      name: `${images.toLocaleString('en')} images`,
      text: post('三千张图', `<p>${SENTENCE}</p>${Array.from({ length: images }, (_, i) => `<img src="https://n.sinaimg.cn/t/${i}.gif">`).join('')}`),
    },
    {
      name: `${categories.toLocaleString('en')} categories`,
      text: post('三千个分类', `<p>${SENTENCE}</p>`, `[${Array.from({ length: categories }, (_, i) => `[分类${i}]`).join(', ')}]`),
    },
    {
      name: `${listed.toLocaleString('en')} listed stocks`,
      text: post(
        '一万只股票',
        `<!-- news_keyword_pub,stock,${Array.from({ length: listed }, (_, i) => `sz${String(i).padStart(6, '0')}`).join('&')} --><p>${SENTENCE}</p>`,
      ),
    },
  ];
}
