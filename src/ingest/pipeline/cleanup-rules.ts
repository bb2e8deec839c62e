/**
 * Per-site cleanup policy: what the ingest recognises as boilerplate, presentational
 * markup and credits in the HTML of the sites Ducai reads (today Sina Finance and the
 * outlets it syndicates). Policy as data: to teach the ingest a new site's quirks, add
 * a CleanupRules for it to SITE_RULES, not branches in the steps. processPost picks the
 * rules by the post's source URL (rulesForSource), the way Miniflux keys its rewrite
 * rules by host, and hands them to every step.
 */
export interface CleanupRules {
  /** Elements with any of these classes are removed with their content. */
  readonly removedClasses: readonly string[];
  /** A short block (at most promoMaxLength) containing one of these is a promo line. */
  readonly promoPhrases: readonly string[];
  /** A short block whose whole text matches one of these is a promo line (tested on blocks naming "APP"). */
  readonly promoLines: readonly RegExp[];
  /** Characters a promo line, or a related box's heading block, has at most. */
  readonly promoMaxLength: number;
  /** The phrases that open a related-topic box. */
  readonly relatedBoxHeadings: readonly string[];
  /** Text allowed between the links of a link list. */
  readonly linkListSeparators: RegExp;
  /** The 原标题 line; the title is captured. */
  readonly originalTitleLine: RegExp;
  /** Characters an original title has at most; a longer line is article text. */
  readonly originalTitleMaxLength: number;
  /** The site's promo images, never an article's head image. */
  readonly promoImages: readonly string[];
  /** Id prefix of the empty spans that stand for live quotes. */
  readonly quotePlaceholderIdPrefix: string;
  /** Id prefix of the spans that link a stock; the rest of the id is its code. */
  readonly stockLinkIdPrefix: string;
  /** Quote-page links; each captures a code, prefixed by stockLinkHrefPrefixes at the same index. */
  readonly stockLinkHrefs: readonly RegExp[];
  readonly stockLinkHrefPrefixes: readonly string[];
  /** The comment listing the post's stocks; the &-separated codes are captured. */
  readonly stockKeywordComment: RegExp;
  /** The cms-style token of a <font> that is bold text. */
  readonly boldStyleToken: string;
  /** The class of the element wrapping an image and its caption (it becomes a <figure>). */
  readonly imageWrapperClass: string;
  /** The class of the caption inside an image wrapper (it becomes the <figcaption>). */
  readonly imageCaptionClass: string;
  /** The classes of the template's credit blocks, removed whole. */
  readonly creditClasses: readonly string[];
  /** The editor's credit at the end of a text; the name is captured. */
  readonly editorCredit: RegExp;
  /** A work code after the editor's name, cut from it. */
  readonly editorCode: RegExp;
  /** A reporter line, at most bylineMaxLength characters, that does not match headingLikeLine. */
  readonly bylineLine: RegExp;
  readonly bylineMaxLength: number;
  /** Lines that are section headings, never bylines. */
  readonly headingLikeLine: RegExp;
  /** A bold paragraph of at most this many characters not ending with one of subheadingEndings is a subheading. */
  readonly subheadingMaxLength: number;
  readonly subheadingEndings: string;
}

/** Host suffix ('sina.com.cn') → the rules for that host and its subdomains. */
export type SiteRules = Readonly<Record<string, CleanupRules>>;

/** Sina Finance's templates, and the outlets whose copies it serves. */
const SINA_FINANCE: CleanupRules = Object.freeze({
  /** Elements with any of these classes are removed with their content. */
  removedClasses: Object.freeze([
    'appendQr_wrap',
    'appendQr_normal',
    'appendQr_normal_txt',
    'article-notice',
    'ct_hqimg',
    'hqimg_related',
    'finance_app_zqtg',
    'app-kaihu-qr',
    'article_fenxiang',
    'otherContent_01',
  ]),
  /**
   * A block (p, div) whose whole text is short and contains one of these is a promo
   * line, not article text.
   */
  promoPhrases: Object.freeze(['尽在新浪财经APP', '下载新浪财经APP', '新浪财经APP：', '点击进入专题']),
  /**
   * A short block whose whole text matches one of these is a promo line too: the app a
   * syndicated story came from (本文来自华尔街见闻APP, （来源：证券时报APP）). Only lines
   * naming an APP: 来源：新华社 is a real credit and stays. Tested on blocks whose text
   * holds "APP" (any case).
   */
  promoLines: Object.freeze([/^[（(【[]?\s*(?:本文(?:来自|来源于?|转载自)|文章来源|来源)\s*[：:]?\s*[^。！？!?]{1,30}?\s*APP\s*[）)】\]]?\s*[。.]?$/i]),
  promoMaxLength: 60,
  /**
   * A related-topic box opens with a short block that is one of these phrases, bare or
   * followed by a colon (相关阅读：) or by links only; the box is that block and the link
   * lists right after it (blocks whose text is all inside <a>). A sentence that merely
   * starts with the words (相关阅读材料显示，……) is article text.
   */
  relatedBoxHeadings: Object.freeze(['点击进入专题', '相关专题', '相关阅读', '延伸阅读', '推荐阅读']),
  /** Text allowed between the links of a link list: separators, not words. */
  linkListSeparators: /^[\s\u00a0\u3000、，,|｜·•;；/]*$/,
  /**
   * 原标题：…, the headline the source first published, as the leading block of the body
   * (tested on its text with whitespace collapsed, so full-width spaces anywhere count).
   */
  originalTitleLine: /^原 ?标 ?题 ?[：:] ?(\S.*)$/,
  originalTitleMaxLength: 100,
  /** Images that are the site's promo (the app QR code), never an article's picture. */
  promoImages: Object.freeze(['https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png']),
  /** Empty spans with an id of this prefix are placeholders for live quotes. */
  quotePlaceholderIdPrefix: 'quote_',
  /** `<span id="stock_sz000931">` links a stock. */
  stockLinkIdPrefix: 'stock_',
  /** Links to a quote page identify a stock by URL; the code is captured. */
  stockLinkHrefs: Object.freeze([
    /finance\.sina\.com\.cn\/realstock\/company\/([a-z]{2}\d{6})\//i,
    /stock\.finance\.sina\.com\.cn\/hkstock\/quotes\/(\d{5})\.html/i,
    /stock\.finance\.sina\.com\.cn\/usstock\/quotes\/([a-z.]{1,8})\.html/i,
  ]),
  /** Prefix for codes captured by stockLinkHrefs, in the same order. */
  stockLinkHrefPrefixes: Object.freeze(['', 'hk', 'gb_']),
  /** `<!-- news_keyword_pub,stock,sz000931&sh600519 -->` lists the post's stocks. */
  stockKeywordComment: /news_keyword_pub\s*,\s*stock\s*,\s*([a-z0-9_.&]+)/i,
  /** A `<font cms-style="… strong-Bold">` is bold text. */
  boldStyleToken: 'strong-Bold',
  imageWrapperClass: 'img_wrapper',
  imageCaptionClass: 'img_descr',
  /**
   * Elements with these classes are the credit blocks of Sina's templates
   * (<p class="article-editor">, <p class="show_author">, or a <div>): the editor is read
   * from them and they leave the body whatever else they hold.
   */
  creditClasses: Object.freeze(['article-editor', 'show_author']),
  /**
   * 责任编辑：李墨轩 — the editor's credit, at the end of a text: optionally in full- or
   * half-width parentheses or 【】, optionally with the editor's work code (SF009).
   * A block is a credit line when the match is its whole text; elsewhere only a
   * bracketed credit closing a paragraph (……。（责任编辑：王某）) is taken.
   */
  editorCredit: /[（(【[]?[\s\u3000]*责任编辑[\s\u3000]*[：:][\s\u3000]*([^（）()【】[\]]{1,40}?)[\s\u3000]*[）)】\]]?[\s\u3000]*$/,
  /** The work code Sina's CMS appends to the editor's name (李墨轩 SF009): not a name. */
  editorCode: /(?<![A-Za-z0-9])[A-Z]{1,4}\d{1,5}$/,
  /**
   * A reporter line: an outlet and 记者 followed by names, optionally a place and 报道,
   * or a name with 报道 alone ("21世纪经济报道记者朱萍 北京报道", "本报记者 张三 李四").
   * Short and without sentence punctuation, so a real paragraph never matches.
   */
  bylineLine:
    /^[\s\u3000]*(?:[^。！？，；\n]{0,16}(?:记者|通讯员|见习记者|实习生)[^。！？，；\n]{1,30}|[^。！？，；\n]{1,16}[\s\u3000]+[^。！？，；\s\u3000]{1,10}报道)[\s\u3000]*$/,
  bylineMaxLength: 48,
  /**
   * Lines that read as section headings, never as bylines, even where bylineLine would
   * accept them: numbered sections (一、… （二）… 3. … 第一部分) and the columns named
   * after reporters (记者观察, 记者手记). The reporter line of 报道 alone must name a place
   * after a space (张三 北京报道), so 深度报道 is not one either.
   */
  headingLikeLine:
    /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]{1,3}[部章节])|记者(?:观察|手记|调查|探访|札记|追踪|连线|走访)/,
  /**
   * A paragraph that is one bold run, at most this many characters and not ending like a
   * sentence or a lead-in (these characters), introduces a section: it becomes a
   * subheading.
   */
  subheadingMaxLength: 30,
  subheadingEndings: '。；;：:，,、',
});

/** The sites Ducai reads, by host suffix: a key matches the host itself and its subdomains. */
export const SITE_RULES = Object.freeze({
  'sina.com.cn': SINA_FINANCE,
  'sina.cn': SINA_FINANCE,
});

/**
 * The rules for a source no key of the table matches, and for a post without a source
 * URL. Sina's: the pipelines we read syndicate through Sina, so a post that links to
 * the outlet it came from (or links nowhere) still carries Sina's templates.
 */
export const DEFAULT_RULES: CleanupRules = SINA_FINANCE;

/**
 * The rules for a post whose source is `sourceUrl`: the table's entry for its host, the
 * host itself or the longest key it ends with after a dot (news.example.com before
 * example.com; notsina.com.cn is not sina.com.cn). No URL, an unparsable one or an
 * unknown host: DEFAULT_RULES.
 */
export function rulesForSource(sourceUrl: string | null, table: SiteRules = SITE_RULES): CleanupRules {
  if (sourceUrl === null || !URL.canParse(sourceUrl)) return DEFAULT_RULES;
  // A fully qualified host (sina.com.cn.) is the same host.
  const host = new URL(sourceUrl).hostname.toLowerCase().replace(/\.$/, '');
  let best: { readonly length: number; readonly rules: CleanupRules } | null = null;
  for (const [key, rules] of Object.entries(table)) {
    const suffix = key.toLowerCase();
    if (suffix === '' || (host !== suffix && !host.endsWith(`.${suffix}`))) continue;
    if (best === null || suffix.length > best.length) best = { length: suffix.length, rules };
  }
  return best?.rules ?? DEFAULT_RULES;
}
