import type { ReactNode } from 'react';

import { strings } from '../../../shared/strings';
import type { StockRef } from '../../../shared/bundle-types';
import { isSafeUrl } from '../../../shared/html-policy';
import { ArticleImage } from './article-image';
import { StockMention } from './stock-mention';

export interface ArticleNodeOptions {
  /** The article's own stocks by code: only these become interactive mentions. */
  readonly stocks: ReadonlyMap<string, StockRef>;
  readonly highlightStocks: boolean;
  /** Highlight only each stock's first mention; the rest read as plain text. */
  readonly firstMentionOnly: boolean;
}

interface Context extends ArticleNodeOptions {
  /** Stocks already highlighted in this rendering, in document order (firstMentionOnly). */
  readonly marked: Set<string>;
  /** Inside a figure, list, table or quote: paragraphs are not indented there. */
  readonly indent: boolean;
  /** Inside a link: no interactive mention (nothing clickable inside a link). */
  readonly inLink: boolean;
  /** The images here stand on a line of their own. */
  readonly imageBlock: boolean;
}

/** Elements whose whitespace-only text children React must not render (tables reject it). */
const NO_TEXT_CHILDREN = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol']);

const HEADING_CLASSES: Record<string, string> = {
  h2: 'mt-[1.8em] mb-[0.6em] text-[1.25em] leading-snug font-bold',
  h3: 'mt-[1.6em] mb-[0.5em] text-[1.125em] leading-snug font-bold',
  h4: 'mt-[1.4em] mb-[0.4em] text-[1em] leading-snug font-bold',
  h5: 'mt-[1.2em] mb-[0.4em] text-[0.95em] leading-snug font-semibold',
  h6: 'mt-[1.2em] mb-[0.4em] text-[0.9em] leading-snug font-semibold text-muted',
};

function attribute(element: Element, name: string): string | null {
  return element.getAttribute(name);
}

function integer(element: Element, name: string): number | null {
  const value = attribute(element, name);
  return value !== null && /^-?\d+$/.test(value) ? Number(value) : null;
}

/** Block elements; at the top level, runs of anything else are gathered into paragraphs. */
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'ul', 'ol', 'figure', 'table', 'pre']);

function isBlankText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '';
}

/** Paragraph content that only holds images (and line breaks): shown as a centred block. */
function holdsOnlyImages(nodes: readonly Node[]): boolean {
  let images = 0;
  for (const child of nodes) {
    if (isBlankText(child)) continue;
    if (!(child instanceof Element)) return false;
    if (child.localName === 'img') images += 1;
    else if (child.localName !== 'br') return false;
  }
  return images > 0;
}

function renderChildren(parent: Node, context: Context, keyPrefix: string): ReactNode[] {
  const skipBlankText = parent instanceof Element && NO_TEXT_CHILDREN.has(parent.localName);
  const nodes: ReactNode[] = [];
  parent.childNodes.forEach((child, index) => {
    if (skipBlankText && isBlankText(child)) return;
    nodes.push(renderNode(child, context, `${keyPrefix}.${index}`));
  });
  return nodes;
}

/** A paragraph of `nodes`: indented text, or a centred block when it only holds images. */
function renderParagraph(nodes: readonly Node[], context: Context, key: string): ReactNode {
  if (holdsOnlyImages(nodes)) {
    const inner = { ...context, imageBlock: true };
    return (
      <p key={key} className="my-[1.4em] text-center indent-0">
        {nodes.map((node, index) => renderNode(node, inner, `${key}.${index}`))}
      </p>
    );
  }
  return (
    <p key={key} className={context.indent ? 'my-[0.9em] indent-[2em]' : 'my-[0.4em]'}>
      {nodes.map((node, index) => renderNode(node, context, `${key}.${index}`))}
    </p>
  );
}

function renderNode(node: Node, context: Context, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const children = (inner: Context = context) => renderChildren(node, inner, key);
  const tag = node.localName;

  switch (tag) {
    case 'p':
      return renderParagraph([...node.childNodes], context, key);
    case 'br':
      return <br key={key} />;
    case 'hr':
      return <hr key={key} className="mx-auto my-[2em] w-1/3 border-line" />;
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const Heading = tag;
      return (
        <Heading key={key} className={`${HEADING_CLASSES[tag] ?? ''} text-left`}>
          {children()}
        </Heading>
      );
    }
    case 'strong':
    case 'b':
      return (
        <strong key={key} className="font-bold">
          {children()}
        </strong>
      );
    case 'em':
    case 'i':
      // Chinese has no italics: emphasis is marked with dots under the characters.
      return (
        <em key={key} className="not-italic [text-emphasis:filled_dot] [text-emphasis-position:under_right]">
          {children()}
        </em>
      );
    case 'u':
      return (
        <u key={key} className="underline-offset-[0.25em]">
          {children()}
        </u>
      );
    case 's':
    case 'sub':
    case 'sup':
    case 'small': {
      const Tag = tag;
      return <Tag key={key}>{children()}</Tag>;
    }
    case 'code':
      return (
        <code key={key} className="rounded bg-sunken px-[0.3em] py-[0.1em] font-mono text-[0.88em]">
          {children()}
        </code>
      );
    case 'pre':
      return (
        <pre key={key} className="my-[1.2em] overflow-x-auto rounded-lg bg-sunken p-4 text-left font-mono text-[0.85em] leading-relaxed">
          {children()}
        </pre>
      );
    case 'blockquote':
      return (
        <blockquote key={key} className="my-[1.4em] border-l-[3px] border-line pl-[1em] text-muted">
          {children()}
        </blockquote>
      );
    case 'ul':
    case 'ol': {
      const List = tag;
      return (
        <List
          key={key}
          start={tag === 'ol' ? (integer(node, 'start') ?? undefined) : undefined}
          className={`my-[1em] space-y-[0.4em] pl-[2em] marker:text-faint ${tag === 'ol' ? 'list-decimal' : 'list-disc'}`}
        >
          {children({ ...context, indent: false })}
        </List>
      );
    }
    case 'li':
      return (
        <li key={key} className="pl-[0.2em]">
          {children()}
        </li>
      );
    case 'figure':
      return (
        <figure key={key} className="my-[1.6em] text-center">
          {children({ ...context, indent: false, imageBlock: true })}
        </figure>
      );
    case 'figcaption':
      return (
        <figcaption key={key} className="mx-auto mt-[0.7em] max-w-[32em] text-center text-[0.85em] leading-relaxed text-muted">
          {children()}
        </figcaption>
      );
    case 'table':
      return (
        <div key={key} tabIndex={0} role="region" aria-label={strings.reader.table} className="my-[1.4em] overflow-x-auto rounded-sm">
          <table className="w-full border-collapse text-left text-[0.875em] leading-normal tabular-nums">
            {children({ ...context, indent: false })}
          </table>
        </div>
      );
    case 'caption':
      return (
        <caption key={key} className="pb-2 text-left text-[0.95em] text-muted">
          {children()}
        </caption>
      );
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr': {
      const Section = tag;
      return <Section key={key}>{children()}</Section>;
    }
    case 'th':
    case 'td': {
      const Cell = tag;
      return (
        <Cell
          key={key}
          colSpan={integer(node, 'colspan') ?? undefined}
          rowSpan={integer(node, 'rowspan') ?? undefined}
          className={`border border-line px-3 py-1.5 align-top ${tag === 'th' ? 'bg-sunken font-semibold' : ''}`}
        >
          {children()}
        </Cell>
      );
    }
    case 'a': {
      const href = attribute(node, 'href');
      if (href === null || !isSafeUrl(href)) return <span key={key}>{children()}</span>;
      return (
        <a
          key={key}
          href={href}
          title={attribute(node, 'title') ?? undefined}
          target="_blank"
          rel="noopener noreferrer"
          className="text-accent underline decoration-1 underline-offset-[0.2em] hover:decoration-2"
        >
          {children({ ...context, inLink: true })}
        </a>
      );
    }
    case 'img': {
      const src = attribute(node, 'src');
      if (src === null || !isSafeUrl(src)) return null;
      return (
        <ArticleImage
          key={key}
          src={src}
          alt={attribute(node, 'alt') ?? ''}
          width={integer(node, 'width')}
          height={integer(node, 'height')}
          block={context.imageBlock}
        />
      );
    }
    case 'mark': {
      const stock = context.stocks.get(attribute(node, 'data-stock') ?? '');
      if (!stock || !context.highlightStocks) return <span key={key}>{children()}</span>;
      if (context.firstMentionOnly) {
        if (context.marked.has(stock.code)) return <span key={key}>{children()}</span>;
        context.marked.add(stock.code);
      }
      if (context.inLink) {
        return (
          <mark key={key} className="rounded-[0.2em] bg-mark text-inherit">
            {children()}
          </mark>
        );
      }
      return (
        <StockMention key={key} stock={stock}>
          {children()}
        </StockMention>
      );
    }
    default:
      // Not in the policy (the sanitizer never lets one through): its text only.
      return <span key={key}>{children()}</span>;
  }
}

/**
 * Turns the sanitizer's fragment into React elements. Reads only the attributes the
 * policy allows, so the walk itself is a second allow-list; no HTML string is ever
 * handed to React. Paragraphs are indented 2em except inside figures, lists and tables;
 * text left between blocks (a wrapper the ingest unwrapped) becomes a paragraph too.
 */
export function renderArticleNodes(fragment: DocumentFragment, options: ArticleNodeOptions): ReactNode[] {
  const context: Context = { ...options, marked: new Set(), indent: true, inLink: false, imageBlock: false };
  const rendered: ReactNode[] = [];
  let run: Node[] = [];
  const flush = () => {
    const hasContent = run.some((node) => !isBlankText(node) && !(node instanceof Element && node.localName === 'br'));
    if (hasContent) rendered.push(renderParagraph(run, context, `r.${rendered.length}`));
    run = [];
  };
  fragment.childNodes.forEach((node, index) => {
    if (node instanceof Element && BLOCKS.has(node.localName)) {
      flush();
      rendered.push(renderNode(node, context, `n.${index}`));
    } else {
      run.push(node);
    }
  });
  flush();
  return rendered;
}
