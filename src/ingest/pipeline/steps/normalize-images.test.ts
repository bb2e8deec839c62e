import render from 'dom-serializer';
import { describe, expect, it } from 'vitest';

import { normalizeImages, normalizeUrl } from './normalize-images';
import { parseBody } from './parse-body';

function run(html: string): { html: string; images: string[]; warnings: string[] } {
  const doc = parseBody(html);
  const { images, warnings } = normalizeImages(doc);
  return { html: render(doc.children, { encodeEntities: 'utf8' }).trim(), images, warnings };
}

/** The attributes every kept image ends with (an empty alt serializes bare). */
const img = (src: string, alt = ''): string => `<img src="${src}" ${alt === '' ? 'alt' : `alt="${alt}"`} referrerpolicy="no-referrer" loading="lazy">`;

describe('normalizeImages: images kept', () => {
  it.each([
    [
      'http: becomes https:',
      '<p><img src="http://n.sinaimg.cn/a.jpg" alt="图"></p>',
      `<p>${img('https://n.sinaimg.cn/a.jpg', '图')}</p>`,
      'https://n.sinaimg.cn/a.jpg',
    ],
    [
      'an upper-case scheme and host',
      '<p><img src="HTTP://N.SINAIMG.CN/A.jpg"></p>',
      `<p>${img('https://n.sinaimg.cn/A.jpg')}</p>`,
      'https://n.sinaimg.cn/A.jpg',
    ],
    [
      'a protocol-relative URL gets https:',
      '<p><img src="//n.sinaimg.cn/b.jpg"></p>',
      `<p>${img('https://n.sinaimg.cn/b.jpg')}</p>`,
      'https://n.sinaimg.cn/b.jpg',
    ],
    [
      'a protocol-relative URL of any host is an ordinary https image',
      '<p><img src="//evil.example/x.png"></p>',
      `<p>${img('https://evil.example/x.png')}</p>`,
      'https://evil.example/x.png',
    ],
    [
      'a root-relative path',
      '<p><img src="/images/posts/chart.svg" alt="走势"></p>',
      `<p>${img('/images/posts/chart.svg', '走势')}</p>`,
      '/images/posts/chart.svg',
    ],
    ['spaces around the URL', '<p><img src=" https://n.sinaimg.cn/c.jpg\n"></p>', `<p>${img('https://n.sinaimg.cn/c.jpg')}</p>`, 'https://n.sinaimg.cn/c.jpg'],
    [
      'data-src when there is no src',
      '<p><img data-src="https://n.sinaimg.cn/d.jpg"></p>',
      `<p>${img('https://n.sinaimg.cn/d.jpg')}</p>`,
      'https://n.sinaimg.cn/d.jpg',
    ],
    [
      'data-src over a data: placeholder (lazy loading)',
      '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://n.sinaimg.cn/e.jpg"></p>',
      `<p>${img('https://n.sinaimg.cn/e.jpg')}</p>`,
      'https://n.sinaimg.cn/e.jpg',
    ],
    [
      'data-src over an empty src',
      '<p><img src=" " data-src="//n.sinaimg.cn/f.jpg"></p>',
      `<p>${img('https://n.sinaimg.cn/f.jpg')}</p>`,
      'https://n.sinaimg.cn/f.jpg',
    ],
    [
      'src over data-src when both are real',
      '<p><img src="https://n.sinaimg.cn/g.jpg" data-src="https://n.sinaimg.cn/h.jpg"></p>',
      `<p>${img('https://n.sinaimg.cn/g.jpg')}</p>`,
      'https://n.sinaimg.cn/g.jpg',
    ],
    [
      'a Chinese host and path in canonical form',
      '<p><img src="https://例子.测试/图.jpg"></p>',
      `<p>${img('https://xn--fsqu00a.xn--0zwm56d/%E5%9B%BE.jpg')}</p>`,
      'https://xn--fsqu00a.xn--0zwm56d/%E5%9B%BE.jpg',
    ],
    [
      'dot segments resolved',
      '<p><img src="https://n.sinaimg.cn/a/../b.jpg"></p>',
      `<p>${img('https://n.sinaimg.cn/b.jpg')}</p>`,
      'https://n.sinaimg.cn/b.jpg',
    ],
    [
      'other attributes dropped, alt trimmed',
      '<p><img style="max-width: 640px;" width="640" onerror="alert(1)" src="/a.png" alt="　图表 "></p>',
      `<p>${img('/a.png', '图表')}</p>`,
      '/a.png',
    ],
    [
      'an image in a figure with its caption',
      '<figure><img src="http://n.sinaimg.cn/e.jpg" alt="现场"><figcaption>图为现场</figcaption></figure>',
      `<figure>${img('https://n.sinaimg.cn/e.jpg', '现场')}<figcaption>图为现场</figcaption></figure>`,
      'https://n.sinaimg.cn/e.jpg',
    ],
  ])('%s', (_name, html, expected, src) => {
    expect(run(html)).toEqual({ html: expected, images: [src], warnings: [] });
  });

  it('lists every image in order', () => {
    expect(run('<p><img src="/1.png"></p><div><div><img src="//n.sinaimg.cn/2.jpg"></div></div><p><img src="http://n.sinaimg.cn/3.jpg"></p>').images).toEqual([
      '/1.png',
      'https://n.sinaimg.cn/2.jpg',
      'https://n.sinaimg.cn/3.jpg',
    ]);
  });
});

describe('normalizeImages: images dropped', () => {
  it.each([
    ['javascript:', '<p>前<img src="javascript:alert(1)">后</p>', '<p>前后</p>', 'image dropped: unsafe URL javascript:alert(1)'],
    ['data:', '<p><img src="data:image/png;base64,iVBORw0KGgo="></p>', '<p></p>', 'image dropped: unsafe URL data:image/png;base64,iVBORw0KGgo='],
    ['vbscript:', '<p><img src="vbscript:msgbox(1)"></p>', '<p></p>', 'image dropped: unsafe URL vbscript:msgbox(1)'],
    ['ftp:', '<p><img src="ftp://files.example/a.png"></p>', '<p></p>', 'image dropped: unsafe URL ftp://files.example/a.png'],
    ['a backslash host', '<p><img src="/\\evil.example/a.png"></p>', '<p></p>', 'image dropped: unsafe URL /\\evil.example/a.png'],
    [
      'a user name in the URL',
      '<p><img src="https://bank.example@evil.example/a.png"></p>',
      '<p></p>',
      'image dropped: unsafe URL https://bank.example@evil.example/a.png',
    ],
    ['a space inside the URL', '<p><img src="https://n.sinaimg.cn/a b.jpg"></p>', '<p></p>', 'image dropped: unsafe URL https://n.sinaimg.cn/a b.jpg'],
    [
      'a long URL, named in 60 characters',
      `<p><img src="javascript:${'a'.repeat(200)}"></p>`,
      '<p></p>',
      'image dropped: unsafe URL javascript:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…',
    ],
    [
      'with the figure it was the only image of',
      '<p>前文</p><figure><img src="javascript:alert(1)"><figcaption>不应出现的图片</figcaption></figure>',
      '<p>前文</p>',
      'image dropped: unsafe URL javascript:alert(1)',
    ],
  ])('an unsafe URL: %s', (_name, html, expected, warning) => {
    expect(run(html)).toEqual({ html: expected, images: [], warnings: [warning] });
  });

  it.each([
    ['an empty src', '<p><img src=""></p>'],
    ['no src at all', '<p><img alt="图"></p>'],
  ])('drops an image with %s, silently', (_name, html) => {
    expect(run(html)).toEqual({ html: '<p></p>', images: [], warnings: [] });
  });

  it('keeps a figure that still has an image', () => {
    expect(run('<figure><img src="data:x"><img src="/b.png"><figcaption>说明</figcaption></figure>')).toEqual({
      html: `<figure>${img('/b.png')}<figcaption>说明</figcaption></figure>`,
      images: ['/b.png'],
      warnings: ['image dropped: unsafe URL data:x'],
    });
  });

  // A source's own <figure><a><img></a>…: the figure is the image's grandparent.
  it('drops a figure whose only image, inside a link, went', () => {
    expect(run('<p>前文</p><figure><a href="/big.png"><img src="javascript:alert(1)"></a><figcaption>说明</figcaption></figure>').html).toBe('<p>前文</p>');
  });

  it('names ten unsafe images, then counts the rest', () => {
    const { warnings } = run('<img src="javascript:1">'.repeat(13));
    expect(warnings).toHaveLength(11);
    expect(warnings[9]).toBe('image dropped: unsafe URL javascript:1');
    expect(warnings[10]).toBe('images dropped: 3 more with unsafe URLs');
  });

  it.each([
    [100, 100, []],
    [101, 100, ['images dropped: 1 past the 100 an article keeps']],
    [1_000, 100, ['images dropped: 900 past the 100 an article keeps']],
  ])('keeps the first 100 of %i images', (count, kept, warnings) => {
    const html = Array.from({ length: count }, (_, i) => `<p><img src="/${i}.png"></p>`).join('');
    const result = run(html);
    expect(result.images).toHaveLength(kept);
    expect(result.images[99]).toBe('/99.png');
    expect(result.html.match(/<img /g)).toHaveLength(kept);
    expect(result.warnings).toEqual(warnings);
  });
});

describe('normalizeUrl (shared with head images)', () => {
  it.each([
    ['http://n.sinaimg.cn/a.jpg', 'https://n.sinaimg.cn/a.jpg'],
    ['//n.sinaimg.cn/a.jpg', 'https://n.sinaimg.cn/a.jpg'],
    ['  /a.png  ', '/a.png'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>', null],
    // A browser resolves three slashes as it does two: the same https image.
    ['///evil.example/a.png', 'https://evil.example/a.png'],
    ['', null],
    [`https://n.sinaimg.cn/${'a'.repeat(2100)}.jpg`, null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeUrl(raw)).toBe(expected);
  });
});
