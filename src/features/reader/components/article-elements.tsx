import type { ReactNode } from 'react';

import { readerStrings } from '../reader-strings';
import type { StockRef } from '../../../shared/bundle-types';
import { isSafeUrl, type ALLOWED_TAGS } from '../../../shared/html-policy';
import { ArticleImage } from './article-image';
import { StockMention } from './stock-mention';

export interface ArticleNodeOptions {
  /** The article's own stocks by code: only these become interactive mentions. */
  readonly stocks: ReadonlyMap<string, StockRef>;
  readonly highlightStocks: boolean;
  /** Highlight only each stock's first mention; the rest read as plain text. */
  readonly firstMentionOnly: boolean;
}

/** What an element's rendering depends on besides the element: passed down the walk. */
export interface ArticleContext extends ArticleNodeOptions {
  /** Stocks already highlighted in this rendering, in document order (firstMentionOnly). */
  readonly marked: Set<string>;
  /** False inside a figure, list or table: paragraphs there have no first-line indent. */
  readonly indent: boolean;
  /** Inside a link: no interactive mention (nothing clickable inside a link). */
  readonly inLink: boolean;
  /** Quotes and lists this node stands in: past MAX_INDENTS they indent no further. */
  readonly indents: number;
  /** The images here stand on a line of their own. */
  readonly imageBlock: boolean;
}

/**
 * How one element renders: a leaf (an image, a line break) at once; anything else is its
 * child nodes, rendered by the walker under `inner` (the element's own context unless
 * given), then wrapped by `render`.
 */
export type ElementPlan =
  | { readonly leaf: ReactNode }
  | {
      readonly inner?: ArticleContext;
      /** Skip whitespace-only text among the children (table and list parts: React rejects it there). */
      readonly skipBlank?: boolean;
      readonly render: (children: ReactNode[]) => ReactNode;
    };

interface ElementInput {
  readonly element: Element;
  readonly context: ArticleContext;
  readonly key: string;
}

type ElementRule = (input: ElementInput) => ElementPlan;

type AllowedTag = (typeof ALLOWED_TAGS)[number];

/**
 * Quotes and lists nested deeper than this add no indentation: the sanitizer allows 16
 * levels, and 16 indents would leave a phone's column a character wide.
 */
const MAX_INDENTS = 3;

/**
 * `data-indent="off"`: the stylesheet's only input from the walk besides the elements
 * themselves — a paragraph without its first-line indent, a quote or list without its
 * left indent. Everything else the body looks like is in index.css, by element.
 */
const INDENT_OFF = { 'data-indent': 'off' } as const;

function integer(element: Element, name: string): number | undefined {
  const value = element.getAttribute(name);
  return value !== null && /^-?\d+$/.test(value) ? Number(value) : undefined;
}

function isBlankText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '';
}

/** Paragraph content that only holds images (and line breaks): shown as a centred block. */
function holdsOnlyImages(nodes: Iterable<Node>): boolean {
  let images = 0;
  for (const child of nodes) {
    if (isBlankText(child)) continue;
    if (!(child instanceof Element)) return false;
    if (child.localName === 'img') images += 1;
    else if (child.localName !== 'br') return false;
  }
  return images > 0;
}

/**
 * A paragraph of `nodes` (a `p`'s children, or a run of loose text the walker gathers):
 * text, indented where `context` says so, or a centred block when it only holds images.
 */
export function paragraphPlan(nodes: Iterable<Node>, context: ArticleContext, key: string): ElementPlan {
  if (holdsOnlyImages(nodes)) {
    return {
      inner: { ...context, imageBlock: true },
      render: (children) => (
        <p key={key} data-images-only="">
          {children}
        </p>
      ),
    };
  }
  return {
    render: (children) => (
      <p key={key} {...(context.indent ? {} : INDENT_OFF)}>
        {children}
      </p>
    ),
  };
}

/** The element as itself, without attributes: the stylesheet gives it its looks. */
function plain(
  tag: 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'strong' | 'em' | 'u' | 's' | 'sub' | 'sup' | 'small' | 'code' | 'pre' | 'li' | 'figcaption' | 'caption',
): ElementRule {
  const Tag = tag;
  return ({ key }) => ({ render: (children) => <Tag key={key}>{children}</Tag> });
}

/** A row group or row: only its own parts inside, never text. */
function tablePart(tag: 'thead' | 'tbody' | 'tfoot' | 'tr'): ElementRule {
  const Tag = tag;
  return ({ key }) => ({ skipBlank: true, render: (children) => <Tag key={key}>{children}</Tag> });
}

function cell(tag: 'th' | 'td'): ElementRule {
  const Cell = tag;
  return ({ element, key }) => ({
    render: (children) => (
      <Cell key={key} colSpan={integer(element, 'colspan')} rowSpan={integer(element, 'rowspan')}>
        {children}
      </Cell>
    ),
  });
}

function list(tag: 'ul' | 'ol'): ElementRule {
  const List = tag;
  return ({ element, context, key }) => ({
    inner: { ...context, indent: false, indents: context.indents + 1 },
    skipBlank: true,
    render: (children) => (
      <List key={key} start={tag === 'ol' ? integer(element, 'start') : undefined} {...(context.indents < MAX_INDENTS ? {} : INDENT_OFF)}>
        {children}
      </List>
    ),
  });
}

/** Its children's text only: what an element becomes when the policy's conditions for it fail. */
export const textOnly: ElementRule = ({ key }) => ({ render: (children) => <span key={key}>{children}</span> });

/**
 * Every element the shared policy allows (the type requires each one, and no other), and
 * how it renders. Reads only the attributes the policy allows, so the table is a second
 * allow-list; URLs are checked again here, whatever the sanitizer did.
 */
export const ARTICLE_ELEMENTS = Object.freeze({
  p: ({ element, context, key }) => paragraphPlan(element.childNodes, context, key),
  br: ({ key }) => ({ leaf: <br key={key} /> }),
  hr: ({ key }) => ({ leaf: <hr key={key} /> }),
  h2: plain('h2'),
  h3: plain('h3'),
  h4: plain('h4'),
  h5: plain('h5'),
  h6: plain('h6'),
  strong: plain('strong'),
  b: plain('strong'),
  em: plain('em'),
  i: plain('em'),
  u: plain('u'),
  s: plain('s'),
  sub: plain('sub'),
  sup: plain('sup'),
  small: plain('small'),
  code: plain('code'),
  pre: plain('pre'),
  blockquote: ({ context, key }) => ({
    inner: { ...context, indents: context.indents + 1 },
    render: (children) => (
      <blockquote key={key} {...(context.indents < MAX_INDENTS ? {} : INDENT_OFF)}>
        {children}
      </blockquote>
    ),
  }),
  ul: list('ul'),
  ol: list('ol'),
  li: plain('li'),
  figure: ({ context, key }) => ({
    inner: { ...context, indent: false, imageBlock: true },
    render: (children) => <figure key={key}>{children}</figure>,
  }),
  figcaption: plain('figcaption'),
  // In a frame of its own that scrolls sideways (and can be focused to scroll by keys):
  // a wide table never widens the column.
  table: ({ context, key }) => ({
    inner: { ...context, indent: false },
    skipBlank: true,
    render: (children) => (
      <div key={key} tabIndex={0} role="region" aria-label={readerStrings.table} data-table-frame="">
        <table>{children}</table>
      </div>
    ),
  }),
  caption: plain('caption'),
  thead: tablePart('thead'),
  tbody: tablePart('tbody'),
  tfoot: tablePart('tfoot'),
  tr: tablePart('tr'),
  th: cell('th'),
  td: cell('td'),
  a: (input) => {
    const { element, context, key } = input;
    const href = element.getAttribute('href');
    if (href === null || !isSafeUrl(href, 'link')) return textOnly(input);
    return {
      inner: { ...context, inLink: true },
      // Isolated (the stylesheet's unicode-bidi), so bidi characters in the text cannot
      // reorder what stands around the link.
      render: (children) => (
        <a key={key} href={href} title={element.getAttribute('title') ?? undefined} target="_blank" rel="noopener noreferrer" dir="auto">
          {children}
        </a>
      ),
    };
  },
  img: ({ element, context, key }) => {
    const src = element.getAttribute('src');
    if (src === null || !isSafeUrl(src, 'image')) return { leaf: null };
    return {
      leaf: (
        <ArticleImage
          key={key}
          src={src}
          alt={element.getAttribute('alt') ?? ''}
          width={integer(element, 'width') ?? null}
          height={integer(element, 'height') ?? null}
          block={context.imageBlock}
        />
      ),
    };
  },
  // A stock the ingest marked: interactive only if it is one of the article's own stocks,
  // highlighting is on, and (first mentions only) it is the first; in a link, a plain
  // highlight (a control inside a link would be a click target inside one).
  mark: (input) => {
    const { element, context, key } = input;
    const stock = context.stocks.get(element.getAttribute('data-stock') ?? '');
    if (!stock || !context.highlightStocks) return textOnly(input);
    if (context.firstMentionOnly) {
      // Decided here, as the walk reaches the mark: so "first" is first in document order.
      if (context.marked.has(stock.code)) return textOnly(input);
      context.marked.add(stock.code);
    }
    if (context.inLink) return { render: (children) => <mark key={key}>{children}</mark> };
    return {
      render: (children) => (
        <StockMention key={key} stock={stock}>
          {children}
        </StockMention>
      ),
    };
  },
} satisfies Record<AllowedTag, ElementRule>);
