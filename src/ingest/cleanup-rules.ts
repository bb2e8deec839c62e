/**
 * Per-site cleanup policy: what the ingest recognises as boilerplate, presentational
 * markup and credits in the HTML of the sites Ducai reads (today Sina Finance and the
 * outlets it syndicates). Policy as data: to teach the ingest a new site's quirks, add
 * entries here, not branches in the steps.
 */
export const CLEANUP_RULES = Object.freeze({
  /** Elements with any of these classes are removed with their content. */
  removedClasses: Object.freeze([
    'appendQr_wrap', 'appendQr_normal', 'appendQr_normal_txt',
    'article-notice', 'ct_hqimg', 'hqimg_related', 'finance_app_zqtg', 'app-kaihu-qr',
    'article_fenxiang', 'show_author', 'otherContent_01',
  ]),
  /**
   * A block (p, div) whose whole text is short and contains one of these is a promo
   * line, not article text.
   */
  promoPhrases: Object.freeze(['尽在新浪财经APP', '下载新浪财经APP', '新浪财经APP：', '点击进入专题']),
  promoMaxLength: 60,
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
  /** 责任编辑：李墨轩 — the editor's credit line. */
  editorLine: /^[\s\u3000]*[（(]?\s*责任编辑\s*[：:]\s*([^）)]{1,40}?)\s*[）)]?[\s\u3000]*$/,
  /**
   * A reporter line: an outlet and 记者 followed by names, optionally a place and 报道,
   * or a name with 报道 alone ("21世纪经济报道记者朱萍 北京报道", "本报记者 张三 李四").
   * Short and without sentence punctuation, so a real paragraph never matches.
   */
  bylineLine: /^[\s\u3000]*(?:[^。！？，；\n]{0,16}(?:记者|通讯员|见习记者|实习生)[^。！？，；\n]{1,30}|[^。！？，；\n]{1,24}\s*报道)[\s\u3000]*$/,
  bylineMaxLength: 48,
} as const);
