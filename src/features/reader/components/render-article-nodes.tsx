import type { ReactNode } from 'react';

import { strings } from '../../../shared/strings';
import type { StockRef } from '../../../shared/bundle-types';
import { BLOCKS as BLOCK_ELEMENTS, isSafeUrl } from '../../../shared/html-policy';
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
  /** Quotes and lists this node stands in: past MAX_INDENTS they indent no further. */
  readonly indents: number;
  /** The images here stand on a line of their own. */
  readonly imageBlock: boolean;
}

/**
 * Quotes and lists nested deeper than this add no indentation: the sanitizer allows 16
 * levels, and 16 indents would leave a phone's column a character wide.
 */
const MAX_INDENTS = 3;

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

/** Block elements (the shared policy's); at the top level, runs of anything else are gathered into paragraphs. */
const BLOCKS: ReadonlySet<string> = new Set(BLOCK_ELEMENTS);

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

/**
 * How one node renders: a leaf (text, an image, a line break) is rendered at once; an
 * element is its child nodes, rendered under `context`, then `finish` wraps them. The
 * walk below runs these plans with its own stack: no recursion, however deep the tree
 * (the sanitizer caps the depth; this walk would not overflow without the cap either).
 */
type Plan =
  | { readonly leaf: ReactNode }
  | {
      readonly items: readonly Node[];
      readonly context: Context;
      /** Skip whitespace-only text items (table and list parts, where React rejects it). */
      readonly skipBlank: boolean;
      readonly finish: (children: ReactNode[]) => ReactNode;
    };

/** A paragraph of `nodes`: indented text, or a centred block when it only holds images. */
function paragraphPlan(nodes: readonly Node[], context: Context, key: string): Plan {
  if (holdsOnlyImages(nodes)) {
    return {
      items: nodes,
      context: { ...context, imageBlock: true },
      skipBlank: false,
      finish: (children) => (
        <p key={key} className="my-[1.4em] text-center indent-0">
          {children}
        </p>
      ),
    };
  }
  return {
    items: nodes,
    context,
    skipBlank: false,
    finish: (children) => (
      <p key={key} className={context.indent ? 'my-[0.9em] indent-[2em]' : 'my-[0.4em]'}>
        {children}
      </p>
    ),
  };
}

function planNode(node: Node, context: Context, key: string): Plan {
  if (node.nodeType === Node.TEXT_NODE) return { leaf: node.textContent };
  if (!(node instanceof Element)) return { leaf: null };
  const tag = node.localName;
  const items = Array.from(node.childNodes);
  const wrap = (finish: (children: ReactNode[]) => ReactNode, inner: Context = context): Plan => ({
    items,
    context: inner,
    skipBlank: NO_TEXT_CHILDREN.has(tag),
    finish,
  });

  switch (tag) {
    case 'p':
      return paragraphPlan(items, context, key);
    case 'br':
      return { leaf: <br key={key} /> };
    case 'hr':
      return { leaf: <hr key={key} className="mx-auto my-[2em] w-1/3 border-line" /> };
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const Heading = tag;
      return wrap((children) => (
        <Heading key={key} className={`${HEADING_CLASSES[tag] ?? ''} text-left`}>
          {children}
        </Heading>
      ));
    }
    case 'strong':
    case 'b':
      return wrap((children) => (
        <strong key={key} className="font-bold">
          {children}
        </strong>
      ));
    case 'em':
    case 'i':
      // Chinese has no italics: emphasis is marked with dots under the characters.
      return wrap((children) => (
        <em key={key} className="not-italic [text-emphasis:filled_dot] [text-emphasis-position:under_right]">
          {children}
        </em>
      ));
    case 'u':
      return wrap((children) => (
        <u key={key} className="underline-offset-[0.25em]">
          {children}
        </u>
      ));
    case 's':
    case 'sub':
    case 'sup':
    case 'small': {
      const Tag = tag;
      return wrap((children) => <Tag key={key}>{children}</Tag>);
    }
    case 'code':
      return wrap((children) => (
        <code key={key} className="rounded bg-sunken px-[0.3em] py-[0.1em] font-mono text-[0.88em]">
          {children}
        </code>
      ));
    case 'pre':
      return wrap((children) => (
        <pre key={key} className="my-[1.2em] overflow-x-auto rounded-lg bg-sunken p-4 text-left font-mono text-[0.85em] leading-relaxed">
          {children}
        </pre>
      ));
    case 'blockquote': {
      const indented = context.indents < MAX_INDENTS;
      return wrap(
        (children) => (
          <blockquote key={key} className={indented ? 'my-[1.4em] border-l-[3px] border-line pl-[1em] text-muted' : 'my-[0.6em] text-muted'}>
            {children}
          </blockquote>
        ),
        { ...context, indents: context.indents + 1 },
      );
    }
    case 'ul':
    case 'ol': {
      const List = tag;
      return wrap(
        (children) => (
          <List
            key={key}
            start={tag === 'ol' ? (integer(node, 'start') ?? undefined) : undefined}
            className={`my-[1em] space-y-[0.4em] marker:text-faint ${context.indents < MAX_INDENTS ? 'pl-[2em]' : 'list-inside'} ${tag === 'ol' ? 'list-decimal' : 'list-disc'}`}
          >
            {children}
          </List>
        ),
        { ...context, indent: false, indents: context.indents + 1 },
      );
    }
    case 'li':
      return wrap((children) => (
        <li key={key} className="pl-[0.2em]">
          {children}
        </li>
      ));
    case 'figure':
      return wrap(
        (children) => (
          <figure key={key} className="my-[1.6em] text-center">
            {children}
          </figure>
        ),
        { ...context, indent: false, imageBlock: true },
      );
    case 'figcaption':
      return wrap((children) => (
        <figcaption key={key} className="mx-auto mt-[0.7em] max-w-[32em] text-center text-[0.85em] leading-relaxed text-muted">
          {children}
        </figcaption>
      ));
    case 'table':
      return wrap(
        (children) => (
          <div key={key} tabIndex={0} role="region" aria-label={strings.reader.table} className="my-[1.4em] overflow-x-auto rounded-sm">
            <table className="w-full border-collapse text-left text-[0.875em] leading-normal tabular-nums">{children}</table>
          </div>
        ),
        { ...context, indent: false },
      );
    case 'caption':
      return wrap((children) => (
        <caption key={key} className="pb-2 text-left text-[0.95em] text-muted">
          {children}
        </caption>
      ));
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr': {
      const Section = tag;
      return wrap((children) => <Section key={key}>{children}</Section>);
    }
    case 'th':
    case 'td': {
      const Cell = tag;
      return wrap((children) => (
        <Cell
          key={key}
          colSpan={integer(node, 'colspan') ?? undefined}
          rowSpan={integer(node, 'rowspan') ?? undefined}
          className={`border border-line px-3 py-1.5 align-top ${tag === 'th' ? 'bg-sunken font-semibold' : ''}`}
        >
          {children}
        </Cell>
      ));
    }
    case 'a': {
      const href = attribute(node, 'href');
      if (href === null || !isSafeUrl(href, 'link')) return wrap((children) => <span key={key}>{children}</span>);
      // Isolated, so bidi characters in the text cannot reorder what stands around the link.
      return wrap(
        (children) => (
          <a
            key={key}
            href={href}
            title={attribute(node, 'title') ?? undefined}
            target="_blank"
            rel="noopener noreferrer"
            dir="auto"
            className="text-accent underline decoration-1 underline-offset-[0.2em] [unicode-bidi:isolate] hover:decoration-2"
          >
            {children}
          </a>
        ),
        { ...context, inLink: true },
      );
    }
    case 'img': {
      const src = attribute(node, 'src');
      if (src === null || !isSafeUrl(src, 'image')) return { leaf: null };
      return {
        leaf: (
          <ArticleImage
            key={key}
            src={src}
            alt={attribute(node, 'alt') ?? ''}
            width={integer(node, 'width')}
            height={integer(node, 'height')}
            block={context.imageBlock}
          />
        ),
      };
    }
    case 'mark': {
      const stock = context.stocks.get(attribute(node, 'data-stock') ?? '');
      if (!stock || !context.highlightStocks) return wrap((children) => <span key={key}>{children}</span>);
      if (context.firstMentionOnly) {
        if (context.marked.has(stock.code)) return wrap((children) => <span key={key}>{children}</span>);
        context.marked.add(stock.code);
      }
      if (context.inLink) {
        return wrap((children) => (
          <mark key={key} className="rounded-[0.2em] bg-mark text-inherit">
            {children}
          </mark>
        ));
      }
      return wrap((children) => (
        <StockMention key={key} stock={stock}>
          {children}
        </StockMention>
      ));
    }
    default:
      // Not in the policy (the sanitizer never lets one through): its text only.
      return wrap((children) => <span key={key}>{children}</span>);
  }
}

interface Frame {
  readonly plan: Extract<Plan, { items: readonly Node[] }>;
  readonly key: string;
  readonly out: ReactNode[];
  next: number;
}

/** Runs `root`'s plan with an explicit stack and returns what it renders to. */
function runPlan(root: Plan, key: string): ReactNode {
  if ('leaf' in root) return root.leaf;
  const stack: Frame[] = [{ plan: root, key, out: [], next: 0 }];
  let result: ReactNode = null;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { items, context, skipBlank } = frame.plan;
    if (frame.next >= items.length) {
      stack.pop();
      const rendered = frame.plan.finish(frame.out);
      if (stack.length === 0) result = rendered;
      else stack[stack.length - 1]!.out.push(rendered);
      continue;
    }
    const index = frame.next++;
    const item = items[index]!;
    if (skipBlank && isBlankText(item)) continue;
    const childKey = `${frame.key}.${index}`;
    const plan = planNode(item, context, childKey);
    if ('leaf' in plan) frame.out.push(plan.leaf);
    else stack.push({ plan, key: childKey, out: [], next: 0 });
  }
  return result;
}

/**
 * Turns the sanitizer's fragment into React elements. Reads only the attributes the
 * policy allows, so the walk itself is a second allow-list; no HTML string is ever
 * handed to React. Paragraphs are indented 2em except inside figures, lists and tables;
 * text left between blocks (a wrapper the ingest unwrapped) becomes a paragraph too.
 */
export function renderArticleNodes(fragment: DocumentFragment, options: ArticleNodeOptions): ReactNode[] {
  const context: Context = { ...options, marked: new Set(), indent: true, indents: 0, inLink: false, imageBlock: false };
  const rendered: ReactNode[] = [];
  let run: Node[] = [];
  const flush = () => {
    const hasContent = run.some((node) => !isBlankText(node) && !(node instanceof Element && node.localName === 'br'));
    if (hasContent) {
      const key = `r.${rendered.length}`;
      rendered.push(runPlan(paragraphPlan(run, context, key), key));
    }
    run = [];
  };
  fragment.childNodes.forEach((node, index) => {
    if (node instanceof Element && BLOCKS.has(node.localName)) {
      flush();
      rendered.push(runPlan(planNode(node, context, `n.${index}`), `n.${index}`));
    } else {
      run.push(node);
    }
  });
  flush();
  return rendered;
}
