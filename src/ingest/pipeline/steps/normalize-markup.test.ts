import { describe, expect, it } from 'vitest';

import { DEFAULT_RULES } from '../cleanup-rules';
import { normalizeMarkup } from './normalize-markup';
import { runDomStep } from './run-dom-step';

const run = (html: string): string => runDomStep(html, (doc) => normalizeMarkup(doc, DEFAULT_RULES));

describe('normalizeMarkup: presentational markup', () => {
  it.each([
    ['a bold font', '<p><font cms-style="font-L strong-Bold">一、市场表现</font></p>', '<p><strong>一、市场表现</strong></p>'],
    ['a bold font loses its attributes', '<p><font cms-style="strong-Bold" style="color:red" color="red">重点</font></p>', '<p><strong>重点</strong></p>'],
    ['a plain font is unwrapped', '<p><font cms-style="font-L">正文</font>继续</p>', '<p>正文继续</p>'],
    ['a colour font is unwrapped', '<p>涨幅<font color="red">3.2%</font></p>', '<p>涨幅3.2%</p>'],
    ['a token that only contains the bold one', '<p><font cms-style="strong-Bold-x">正文</font></p>', '<p>正文</p>'],
    ['<b> becomes <strong>', '<p><b class="bold">要点</b></p>', '<p><strong>要点</strong></p>'],
    ['a source’s own <mark> is unwrapped', '<p><mark>高亮</mark>文字</p>', '<p>高亮文字</p>'],
    ['a forged stock mark is unwrapped', '<p><mark data-stock="sh600519">假的</mark></p>', '<p>假的</p>'],
    ['<h1> becomes <h2>, attributes left to the sanitizer', '<h1 class="t">标题</h1>', '<h2 class="t">标题</h2>'],
    ['nested fonts, bold inside plain', '<p><font><font cms-style="strong-Bold"><font>粗</font></font></font></p>', '<p><strong>粗</strong></p>'],
    ['a thousand unclosed fonts (laid flat by the parser)', `<p>${'<font color="red">'.repeat(1000)}正文</p>`, '<p>正文</p>'],
  ])('%s', (_name, html, expected) => {
    expect(run(html)).toBe(expected);
  });
});

describe('normalizeMarkup: image wrappers become figures', () => {
  it.each([
    [
      'Sina’s wrapper with a caption',
      '<div class="img_wrapper"><img style="max-width: 640px;" src="/a.svg" alt="走势"><span class="img_descr">图为恒生指数日内走势示意</span></div>',
      '<figure><img style="max-width: 640px;" src="/a.svg" alt="走势"><figcaption>图为恒生指数日内走势示意</figcaption></figure>',
    ],
    ['a wrapper without a caption', '<div class="img_wrapper"><img src="/a.png"></div>', '<figure><img src="/a.png"></figure>'],
    [
      'a caption of spaces only is no caption',
      '<div class="img_wrapper"><img src="/a.png"><span class="img_descr">　&nbsp; </span></div>',
      '<figure><img src="/a.png"></figure>',
    ],
    [
      'a caption keeps its markup, loses its indentation',
      '<div class="img_wrapper"><img src="/a.png"><span class="img_descr">　　图为<strong>现场</strong></span></div>',
      '<figure><img src="/a.png"><figcaption>图为<strong>现场</strong></figcaption></figure>',
    ],
    [
      'two images in one wrapper',
      '<div class="img_wrapper"><img src="/1.png"><p><img src="/2.png"></p></div>',
      '<figure><img src="/1.png"><img src="/2.png"></figure>',
    ],
    [
      'the image deep inside the wrapper',
      '<div class="img_wrapper"><div><a href="/big.png"><img src="/a.png"></a></div><div><span class="img_descr">说明</span></div></div>',
      '<figure><img src="/a.png"><figcaption>说明</figcaption></figure>',
    ],
    ['wrappers nested in wrappers', '<div class="img_wrapper"><div class="img_wrapper"><img src="/a.png"></div></div>', '<figure><img src="/a.png"></figure>'],
    ['a wrapper among other classes', '<div class="left img_wrapper"><img src="/a.png"></div>', '<figure><img src="/a.png"></figure>'],
    ['a paragraph holding only the wrapper is replaced', '<p>　<span class="img_wrapper"><img src="/a.png"></span></p>', '<figure><img src="/a.png"></figure>'],
    [
      'a paragraph with text beside the wrapper keeps it',
      '<p>如图<span class="img_wrapper"><img src="/a.png"></span></p>',
      '<p>如图<figure><img src="/a.png"></figure></p>',
    ],
    [
      'Sina’s wrapper in a paragraph (the parser closes the paragraph before the div)',
      '<p><div class="img_wrapper"><img src="//n.sinaimg.cn/plant.jpg"></div></p>',
      '<p></p><figure><img src="//n.sinaimg.cn/plant.jpg"></figure><p></p>',
    ],
    ['a wrapper with no image is no figure', '<div class="img_wrapper">暂无图片</div>', '<div class>暂无图片</div>'],
  ])('%s', (_name, html, expected) => {
    expect(run(html)).toBe(expected);
  });
});

describe('normalizeMarkup: hand-typed indentation', () => {
  it.each([
    ['full-width spaces', '<p>　　国际金价继续走高。</p>', '<p>国际金价继续走高。</p>'],
    ['&nbsp;', '<p>&nbsp;&nbsp;国际金价继续走高。</p>', '<p>国际金价继续走高。</p>'],
    ['ASCII spaces and a line feed', '<p>\n   国际金价继续走高。</p>', '<p>国际金价继续走高。</p>'],
    ['after each line break', '<p>　　第一行<br>　　第二行<br/>&nbsp;第三行</p>', '<p>第一行<br>第二行<br>第三行</p>'],
    ['inside a bold run', '<p><strong>　　加粗</strong>正文</p>', '<p><strong>加粗</strong>正文</p>'],
    ['a wrapper of indentation only, then the text', '<p><span>　　</span>　正文</p>', '<p><span></span>正文</p>'],
    ['in list items and quotes', '<ul><li>　一项</li></ul><blockquote>　　引文</blockquote>', '<ul><li>一项</li></ul><blockquote>引文</blockquote>'],
    ['in a paragraph deep in wrappers', '<div><div><section><p>　　正文</p></section></div></div>', '<div><div><section><p>正文</p></section></div></div>'],
  ])('goes: %s', (_name, html, expected) => {
    expect(run(html)).toBe(expected);
  });

  it.each([
    ['a bold run of two lines', '<p><strong>　　第一行<br>　　第二行</strong></p>', '<p><strong>第一行<br>第二行</strong></p>'],
    ['a span of two lines', '<p><span>　第一行<br>　第二行</span></p>', '<p><span>第一行<br>第二行</span></p>'],
  ])('goes after a line break inside %s', (_name, html, expected) => {
    expect(run(html)).toBe(expected);
  });

  it.each([
    ['spaces inside the text', '<p>沪指　收涨 0.5%　</p>'],
    ['spaces after an image at the start', '<p><img src="/a.png">　说明</p>'],
    ['a div (not a paragraph)', '<div>　　正文</div>'],
    ['a table cell', '<table><tbody><tr><td>　　数据</td></tr></tbody></table>'],
  ])('stays: %s', (_name, html) => {
    expect(run(html)).toBe(html);
  });
});
