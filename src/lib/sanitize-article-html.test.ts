// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ATTRIBUTE_VALUE_PATTERNS, isSafeUrl } from '../shared/html-policy';
import { sanitizeArticleHtml } from './sanitize-article-html';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(repoRoot, '..', 'shared', 'xss', 'dompurify-fixtures.json');

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ALLOWED_TAG_NAMES: ReadonlySet<string> = new Set(ALLOWED_TAGS);
/** Attributes the sanitizer adds on top of ALLOWED_ATTRIBUTES, with their only value. */
const ADDED_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  a: { rel: 'noopener noreferrer', target: '_blank' },
};

function serialize(fragment: DocumentFragment): string {
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}

function sanitize(html: string): string {
  return serialize(sanitizeArticleHtml(html));
}

/**
 * Every way `html` (sanitizer output, re-parsed as a browser would) breaks the policy:
 * an element or attribute not allowed, an event handler, a style, an unsafe URL, a value
 * off its pattern, a link without rel/target or an image that sends a referrer.
 */
function policyViolations(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const violations: string[] = [];
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (!(node instanceof Element)) {
      violations.push(`node of type ${node.nodeType}`);
      continue;
    }
    const tag = node.localName;
    if (node.namespaceURI !== HTML_NAMESPACE) violations.push(`<${tag}> in ${node.namespaceURI ?? 'no namespace'}`);
    if (!ALLOWED_TAG_NAMES.has(tag)) violations.push(`<${tag}>`);
    const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
    const added = ADDED_ATTRIBUTES[tag] ?? {};
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on')) violations.push(`<${tag} ${name}> (event handler)`);
      if (name === 'style') violations.push(`<${tag} style>`);
      const addedValue = added[name];
      if (addedValue !== undefined) {
        if (value !== addedValue) violations.push(`<${tag} ${name}="${value}">`);
        continue;
      }
      if (!allowed.includes(name)) violations.push(`<${tag} ${name}> not allowed`);
      if ((name === 'href' || name === 'src') && !isSafeUrl(value)) violations.push(`<${tag} ${name}="${value}"> unsafe URL`);
      const pattern = ATTRIBUTE_VALUE_PATTERNS[name];
      if (pattern && !pattern.test(value)) violations.push(`<${tag} ${name}="${value}"> off pattern`);
    }
    if (tag === 'a' && node.hasAttribute('href')) {
      if (node.getAttribute('rel') !== 'noopener noreferrer') violations.push('link without rel="noopener noreferrer"');
      if (node.getAttribute('target') !== '_blank') violations.push('link without target="_blank"');
    }
    if (tag === 'img') {
      if (node.getAttribute('referrerpolicy') !== 'no-referrer') violations.push('image without referrerpolicy');
      if (node.getAttribute('loading') !== 'lazy') violations.push('image without loading="lazy"');
    }
  }
  return violations;
}

interface Vector {
  readonly title: string;
  readonly payload: string;
}

function readVectors(): { count: number; vectors: Vector[] } {
  const parsed: unknown = JSON.parse(readFileSync(FIXTURES, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('vectors' in parsed) || !Array.isArray(parsed.vectors)) {
    throw new Error(`${FIXTURES}: no vectors`);
  }
  const count = 'count' in parsed && typeof parsed.count === 'number' ? parsed.count : -1;
  const vectors = parsed.vectors.map((entry: unknown, index: number): Vector => {
    if (typeof entry !== 'object' || entry === null || !('payload' in entry) || typeof entry.payload !== 'string') {
      throw new Error(`${FIXTURES}: vector ${index} has no payload`);
    }
    const title = 'title' in entry && typeof entry.title === 'string' ? entry.title : `vector ${index}`;
    return { title, payload: entry.payload };
  });
  return { count, vectors };
}

describe.skipIf(!existsSync(FIXTURES))("DOMPurify's own XSS vectors", () => {
  let fixtures: { count: number; vectors: Vector[] };

  beforeAll(() => {
    fixtures = readVectors();
  });

  it('has all 223 vectors', () => {
    expect(fixtures.vectors).toHaveLength(223);
    expect(fixtures.count).toBe(223);
  });

  it('leaves only what the policy allows, for every vector', () => {
    const failures = fixtures.vectors
      .map(({ title, payload }) => ({ title, violations: policyViolations(sanitize(payload)) }))
      .filter(({ violations }) => violations.length > 0);
    expect(failures).toEqual([]);
  });

  it('gives output that survives being parsed again unchanged', () => {
    const unstable = fixtures.vectors
      .map(({ title, payload }) => ({ title, once: sanitize(payload) }))
      .filter(({ once }) => sanitize(once) !== once)
      .map(({ title }) => title);
    expect(unstable).toEqual([]);
  });
});

describe('sanitizeArticleHtml', () => {
  it.each([
    // Article markup the ingest produces stays as it is.
    ['paragraphs', '<p>第一段</p>\n<p>第二段</p>', '<p>第一段</p>\n<p>第二段</p>'],
    ['a stock mark', '<p><mark data-stock="sz000931">中关村</mark>涨停</p>', '<p><mark data-stock="sz000931">中关村</mark>涨停</p>'],
    [
      'a figure',
      '<figure><img src="https://n.sinaimg.cn/a.jpg" alt="走势" referrerpolicy="no-referrer" loading="lazy"><figcaption>图为走势</figcaption></figure>',
      '<figure><img src="https://n.sinaimg.cn/a.jpg" alt="走势" referrerpolicy="no-referrer" loading="lazy"><figcaption>图为走势</figcaption></figure>',
    ],
    [
      'a table',
      '<table><tr><th colspan="2">指标</th></tr><tr><td rowspan="1">1</td></tr></table>',
      '<table><tbody><tr><th colspan="2">指标</th></tr><tr><td rowspan="1">1</td></tr></tbody></table>',
    ],
    ['a numbered list', '<ol start="3"><li>三</li></ol>', '<ol start="3"><li>三</li></ol>'],
    // Links and images get their safety attributes.
    [
      'a link',
      '<a href="https://finance.sina.com.cn/" title="新浪">新浪</a>',
      '<a href="https://finance.sina.com.cn/" title="新浪" rel="noopener noreferrer" target="_blank">新浪</a>',
    ],
    ['a link whose target was its own', '<a href="/a" target="_self" rel="opener">a</a>', '<a href="/a" rel="noopener noreferrer" target="_blank">a</a>'],
    ['a root-relative image', '<img src="/images/a.svg">', '<img src="/images/a.svg" referrerpolicy="no-referrer" loading="lazy">'],
    ['spaces around a URL', '<a href="  https://example.com/ ">x</a>', '<a href="https://example.com/" rel="noopener noreferrer" target="_blank">x</a>'],
    // Scripts, handlers and styles go.
    ['a script', '<p>a</p><script>alert(1)</script><p>b</p>', '<p>a</p><p>b</p>'],
    ['an event handler', '<p onclick="alert(1)">x</p>', '<p>x</p>'],
    ['an image error handler', '<img src=x onerror=alert(1)>', '<img referrerpolicy="no-referrer" loading="lazy">'],
    ['a style attribute', '<p style="color:red">x</p>', '<p>x</p>'],
    ['a style element', '<style>p{color:red}</style><p>x</p>', '<p>x</p>'],
    ['svg with onload', '<svg onload=alert(1)><circle r="1"/></svg>正文', '正文'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>正文', '正文'],
    ['a form', '<form action="/x"><input name="q"><button>提交</button></form>正文', '正文'],
    ['an object', '<object data="/x.swf"><embed src="/x.swf"></object>正文', '正文'],
    ['a template', '<template><img src=x onerror=alert(1)></template>正文', '正文'],
    ['noscript', '正文<noscript><p title="</noscript><img src=x onerror=alert(1)>">x</p></noscript>', '正文'],
    ['xmp', '正文<xmp><img src=x onerror=alert(1)></xmp>', '正文'],
    ['MathML', '<p>a<math><mi><a href="https://example.com/">m</a></mi></math></p>', '<p>a</p>'],
    ['a comment', '<!-- <img src=x onerror=alert(1)> -->正文', '正文'],
    // Unsafe URLs go; the element stays bare.
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['an entity-encoded javascript: link', '<a href="JaVaScRiPt&#58;alert(1)">x</a>', '<a>x</a>'],
    ['a tab inside javascript:', '<a href="java&#9;script:alert(1)">x</a>', '<a>x</a>'],
    ['a data: image', '<img src="data:image/png;base64,iVBORw0KGgo=">', '<img referrerpolicy="no-referrer" loading="lazy">'],
    ['a protocol-relative link', '<a href="//evil.example/">x</a>', '<a>x</a>'],
    ['a backslash link', '<a href="/\\evil.example/">x</a>', '<a>x</a>'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
    // Attributes outside the element's own list, or off their pattern, go.
    ['a class and id', '<p class="x" id="y">x</p>', '<p>x</p>'],
    ['href on a mark', '<mark href="https://example.com/" data-stock="sz000931">x</mark>', '<mark data-stock="sz000931">x</mark>'],
    ['data-stock on a paragraph', '<p data-stock="sz000931">x</p>', '<p>x</p>'],
    ['a forged stock code', '<mark data-stock="x&quot; onmouseover=&quot;alert(1)">x</mark>', '<mark>x</mark>'],
    ['another data attribute', '<mark data-stock="sz000931" data-x="1">x</mark>', '<mark data-stock="sz000931">x</mark>'],
    ['a bad width', '<img src="/a.png" width="100%" height="20">', '<img src="/a.png" height="20" referrerpolicy="no-referrer" loading="lazy">'],
    ['an eager image', '<img src="/a.png" loading="eager" referrerpolicy="unsafe-url">', '<img src="/a.png" referrerpolicy="no-referrer" loading="lazy">'],
    ['srcset', '<img src="/a.png" srcset="https://evil.example/a.png 2x">', '<img src="/a.png" referrerpolicy="no-referrer" loading="lazy">'],
    ['aria attributes', '<p aria-hidden="true" role="button">x</p>', '<p>x</p>'],
    // Elements outside the list are unwrapped, their text kept.
    ['a div and spans', '<div><span>文字</span></div>', '文字'],
    ['a font tag', '<font color="red">文字</font>', '文字'],
    ['a heading 1', '<h1>标题</h1>', '标题'],
    [
      'a nested image link',
      '<a href="https://example.com/"><img src="https://example.com/a.png"></a>',
      '<a href="https://example.com/" rel="noopener noreferrer" target="_blank"><img src="https://example.com/a.png" referrerpolicy="no-referrer" loading="lazy"></a>',
    ],
  ])('%s', (_name, payload, expected) => {
    expect(sanitize(payload)).toBe(expected);
    expect(policyViolations(expected)).toEqual([]);
  });

  it('returns a fragment of an inert document, so nothing in it loads before it is rendered', () => {
    const fragment = sanitizeArticleHtml('<p>x</p><img src="/a.png">');
    expect(fragment.nodeType).toBe(Node.DOCUMENT_FRAGMENT_NODE);
    expect(fragment.ownerDocument).not.toBe(document);
    expect(fragment.ownerDocument.defaultView).toBeNull();
  });
});
