import type { ReactNode } from 'react';

import { BLOCKS as BLOCK_ELEMENTS } from '../../../shared/html-policy';
import { ARTICLE_ELEMENTS, paragraphPlan, textOnly, type ArticleContext, type ArticleNodeOptions, type ElementPlan } from './article-elements';

/** Block elements (the shared policy's); at the top level, runs of anything else are gathered into paragraphs. */
const BLOCKS: ReadonlySet<string> = new Set(BLOCK_ELEMENTS);

function isBlankText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '';
}

/** Own keys only: a tag named like an Object.prototype member (`constructor`) must not find one. */
function inTable(tag: string): tag is keyof typeof ARTICLE_ELEMENTS {
  return Object.hasOwn(ARTICLE_ELEMENTS, tag);
}

/**
 * A text node is itself; an element is what the table says. An element not in the table
 * (not in the policy: the sanitizer never lets one through) is its text only.
 */
function planNode(node: Node, context: ArticleContext, key: string): ElementPlan {
  if (node.nodeType === Node.TEXT_NODE) return { leaf: node.textContent };
  if (!(node instanceof Element)) return { leaf: null };
  const tag = node.localName;
  const rule = inTable(tag) ? ARTICLE_ELEMENTS[tag] : textOnly;
  return rule({ element: node, context, key });
}

type Branch = Exclude<ElementPlan, { leaf: ReactNode }>;

interface Frame {
  readonly plan: Branch;
  readonly items: readonly Node[];
  readonly context: ArticleContext;
  readonly key: string;
  readonly out: ReactNode[];
  next: number;
}

/**
 * Runs a plan over `items` (its children) with an explicit stack and returns what it
 * renders to: no recursion, however deep the tree (the sanitizer caps the depth; this
 * walk would not overflow without the cap either).
 */
function runPlan(root: ElementPlan, items: readonly Node[], context: ArticleContext, key: string): ReactNode {
  if ('leaf' in root) return root.leaf;
  const frameOf = (plan: Branch, nodes: readonly Node[], outer: ArticleContext, at: string): Frame => ({
    plan,
    items: nodes,
    context: plan.inner ?? outer,
    key: at,
    out: [],
    next: 0,
  });
  const stack: Frame[] = [frameOf(root, items, context, key)];
  let result: ReactNode = null;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.items.length) {
      stack.pop();
      const rendered = frame.plan.render(frame.out);
      if (stack.length === 0) result = rendered;
      else stack[stack.length - 1]!.out.push(rendered);
      continue;
    }
    const index = frame.next++;
    const item = frame.items[index]!;
    if (frame.plan.skipBlank === true && isBlankText(item)) continue;
    const childKey = `${frame.key}.${index}`;
    const plan = planNode(item, frame.context, childKey);
    if ('leaf' in plan) frame.out.push(plan.leaf);
    else stack.push(frameOf(plan, Array.from(item.childNodes), frame.context, childKey));
  }
  return result;
}

/**
 * Turns the sanitizer's fragment into React elements, element by element through the
 * table of article-elements.tsx; no HTML string is ever handed to React. Text left
 * between blocks (a wrapper the ingest unwrapped) becomes a paragraph too. The body's
 * looks are the stylesheet's (`[data-article-body]` in index.css).
 */
export function renderArticleNodes(fragment: DocumentFragment, options: ArticleNodeOptions): ReactNode[] {
  const context: ArticleContext = { ...options, marked: new Set(), indent: true, indents: 0, inLink: false, imageBlock: false };
  const rendered: ReactNode[] = [];
  let run: Node[] = [];
  const flush = () => {
    const hasContent = run.some((node) => !isBlankText(node) && !(node instanceof Element && node.localName === 'br'));
    if (hasContent) {
      const key = `r.${rendered.length}`;
      rendered.push(runPlan(paragraphPlan(run, context, key), run, context, key));
    }
    run = [];
  };
  fragment.childNodes.forEach((node, index) => {
    if (node instanceof Element && BLOCKS.has(node.localName)) {
      flush();
      const key = `n.${index}`;
      rendered.push(runPlan(planNode(node, context, key), Array.from(node.childNodes), context, key));
    } else {
      run.push(node);
    }
  });
  flush();
  return rendered;
}
