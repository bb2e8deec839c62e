import type { Prose } from './compose-paragraphs';
import type { Story } from './create-story';
import { WORDS } from './word-lists';

// Wraps prose in the HTML that Sina's CMS produced: the current template, with
// its comments, QR promo block and editor line, or the older template with
// upper-case unquoted tags, unclosed paragraphs and a tracking script. The
// boilerplate is copied byte for byte from production pages on purpose: the
// ingest has to strip exactly this.

export const PROMO_IMAGE_URL = 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png';

export interface ArticleLayout {
  readonly legacy: boolean;
  /** Body images, 0–3; ignored by the legacy template. */
  readonly imageCount: number;
  /** What follows the prose in the current template. */
  readonly trailer: 'full' | 'editor' | 'none';
  /** Wrap the prose in the CMS's 原始正文 markers. */
  readonly originalMarkers: boolean;
}

export interface Article {
  readonly html: string;
  /** URLs of the body images, in order. */
  readonly imageUrls: readonly string[];
}

const FULL_TRAILER_HEAD = `






<!-- 正文下iframe -->


<!-- 正文下iframe -->

<!-- 总声明-->











<!-- 总声明-->

<!-- 文末二维码 start -->


            <!-- 文末二维码 start -->
            <style>
            .appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;
            .appendQr_normal&#123;float:left;&#125;
            .appendQr_normal img&#123;width:74px;&#125;
            .appendQr_normal_txt&#123;float:left;font-size:20px;line-height:74px;padding-left:20px;color:#333;&#125;
            </style>
            <div class="clearfix appendQr_wrap">
                <div class="appendQr_normal"><img src="${PROMO_IMAGE_URL}" referrerpolicy="no-referrer"></div>
                <div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div>
            </div>
            <!-- 文末二维码 start -->

            <!-- 文末二维码 start -->

<!-- 编辑姓名及工作代码 -->

`;

const FULL_TRAILER_TAIL = `
<!-- 编辑姓名及工作代码-->

  
</div>
            `;

function editorName(s: Story): string {
  return s.rng.chance(0.2) ? `${s.person()} SF${String(s.rng.int(1, 199)).padStart(3, '0')}` : s.person();
}

function imageUrl(s: Story): string {
  const ymd = `${s.local.year}${String(s.local.month).padStart(2, '0')}${String(s.local.day).padStart(2, '0')}`;
  const [w, h] = s.rng.pick([
    [550, 366],
    [640, 427],
    [600, 400],
    [690, 388],
    [500, 333],
    [640, 360],
  ] as const);
  const kind = s.rng.pick(['crawl', 'transform', 'crawl']);
  return `http://n.sinaimg.cn/finance/${kind}/${s.rng.int(100, 799)}/w${w}h${h}/${ymd}/${s.rng.hex(4)}-${s.rng.hex(12)}.jpg`;
}

function imageBlock(s: Story, url: string): string {
  const company = s.companies[0]?.name ?? s.profile.name;
  const caption = s.rng.weighted([
    [() => `图片来源：${s.rng.pick(WORDS.imageCredits)}`, 3],
    [() => `${company}${s.rng.pick(s.profile.projects)}（资料图）`, 2],
    [() => `${s.region}一处${s.rng.pick(['产业园区', '施工现场', '生产车间', '商业街区', '港口码头'])}。${s.rng.pick(WORDS.imageCredits)} 图`, 2],
    [() => `${s.local.month}月${s.local.day}日，${s.rng.pick(WORDS.cities)}。记者 ${s.person()} 摄`, 2],
    [() => '', 1],
  ] as const)();
  const alt = s.rng.chance(0.4) ? caption.replace(/。.*$/u, '') : s.rng.chance(0.5) ? company : '';
  return `<div class="img_wrapper"><img style="max-width: 640px;" src="${url}" alt="${alt}"><span class="img_descr">${caption}</span></div>`;
}

function keywordComment(s: Story): string {
  const codes = s.linkedCodes();
  return codes.length > 0 ? `<!-- news_keyword_pub,stock,${codes.join('&')} -->` : '';
}

function renderCurrent(s: Story, prose: Prose, layout: ArticleLayout): Article {
  const imageUrls = Array.from({ length: Math.min(layout.imageCount, prose.paragraphs.length) }, () => imageUrl(s));
  const imageAfter = new Map<number, string>();
  for (const url of imageUrls) {
    // Images go after the first paragraph or later, never before the lead.
    let at = s.rng.int(0, prose.paragraphs.length - 1);
    while (imageAfter.has(at)) at = (at + 1) % prose.paragraphs.length;
    imageAfter.set(at, imageBlock(s, url));
  }

  const lines: string[] = ['<div>   '];
  if (layout.originalMarkers) lines.push('<!-- 原始正文start -->');
  if (prose.byline !== null) {
    lines.push(`<p cms-style="font-L">　　<font cms-style="font-L strong-Bold">${prose.byline}</font></p>`);
  }
  prose.paragraphs.forEach((text, i) => {
    lines.push(`<p cms-style="font-L">　　${text}</p>`);
    const image = imageAfter.get(i);
    if (image !== undefined) lines.push(image);
  });
  if (layout.originalMarkers) lines.push('<!-- 原始正文end -->');

  const keywords = keywordComment(s);
  switch (layout.trailer) {
    case 'full':
      lines.push(`<!--article_adlist[<p cms-style="font-M">-->${keywords}`);
      return {
        html: `${lines.join('\n')}${FULL_TRAILER_HEAD}<p class="article-editor">责任编辑：${editorName(s)} </p>${FULL_TRAILER_TAIL}`,
        imageUrls,
      };
    case 'editor':
      if (keywords !== '') lines.push(keywords);
      lines.push('', `<p class="article-editor">责任编辑：${editorName(s)} </p>`, '</div>', '');
      return { html: lines.join('\n'), imageUrls };
    case 'none':
      if (keywords !== '') lines.push(keywords);
      lines.push('</div>', '');
      return { html: lines.join('\n'), imageUrls };
  }
}

function renderLegacy(s: Story, prose: Prose): Article {
  const nbsp = (text: string): string => (s.rng.chance(0.4) ? text.replace(/。(?=[^。]*。)/u, '。&nbsp;') : text);
  const lines: string[] = ['<DIV class=blkContainerSblkCon id=artibody>'];
  const [lead, ...rest] = prose.paragraphs;
  if (prose.byline !== null) lines.push(`<P>　　<FONT color=#333>${prose.byline}</FONT>`);
  const dateline = prose.byline === null && s.rng.chance(0.6) ? `<FONT color=#333>${s.rng.pick(['新浪财经讯 ', '本报讯 ', '财经讯 '])}</FONT>` : '';
  lines.push(`<P>　　${dateline}${nbsp(lead ?? '')}`);
  rest.forEach((text, i) => {
    const shape = s.rng.weighted([
      ['open', 5],
      ['closed', 2],
      ['break', 2],
      ['nbsp', 1],
    ] as const);
    if (shape === 'open') lines.push(`<P>　　${nbsp(text)}`);
    else if (shape === 'closed') lines.push(`<p>　　${nbsp(text)}</p>`);
    else if (shape === 'break') lines.push(`<BR>　　${text}<BR>`);
    else lines.push(`<P>&nbsp;&nbsp;&nbsp;&nbsp;${text}`);
    if (i === 0 || s.rng.chance(0.08)) lines.push('<p>　　</p>');
  });
  const keywords = keywordComment(s);
  if (keywords !== '') lines.push(keywords);
  lines.push(
    '<SCRIPT type=text/javascript>',
    `var _sina_track_id = "finance_${s.rng.hex(8)}";`,
    '(function (d) {',
    '  var img = new Image();',
    '  for (var i = 0; i < 2 && d.referrer.length > 0; i++) { img.title = i; }',
    '  img.src = "http://sbeacon.sina.com.cn/a.gif?pid=finance&id=" + _sina_track_id + "&r=" + escape(d.referrer);',
    `  d.write('<img src="http://beacon.sina.com.cn/e.gif?noScript" width=1 height=1>');`,
    '})(document);',
    '</SCRIPT>',
  );
  if (s.rng.chance(0.7)) lines.push(`<P align=right>（责任编辑：${s.person()}）</P>`);
  lines.push('</DIV>', '');
  return { html: lines.join('\n'), imageUrls: [] };
}

/** The body of a post: prose in one of Sina's templates. */
export function renderArticle(s: Story, prose: Prose, layout: ArticleLayout): Article {
  return layout.legacy ? renderLegacy(s, prose) : renderCurrent(s, prose, layout);
}
