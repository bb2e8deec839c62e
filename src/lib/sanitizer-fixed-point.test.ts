// @vitest-environment jsdom
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';

import { runFuzz, type FuzzOutcome } from '../../tools/fuzz/run-fuzz';
import { sanitizeArticleHtml } from './sanitize-article-html';

/**
 * The ingest's HTML is a fixed point of the reader's sanitizer too: parsed by a browser
 * parser (jsdom's, spec-compliant like Chromium's; e2e/sanitizer-fixed-point.spec.ts
 * runs Chromium's own) and sanitized by DOMPurify and the shared structure pass, it gives
 * back the tree the ingest wrote, node for node. Checked over fuzzed posts: FUZZ_CASES
 * of them (default 300; `npm run fuzz -- --cases 20000` for a long run), FUZZ_SEED.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 12);
const DEADLINE_MS = Number(process.env.FUZZ_DEADLINE_MS ?? 5000);

/** Attributes the reader's sanitizer adds to links (the ingest leaves them to it). */
const ADDED_BY_READER = new Set(['rel', 'target']);

interface ReadTree<N> {
  name(node: N): string | null;
  children(node: N): readonly N[];
  text(node: N): string;
  attributes(node: N): readonly (readonly [string, string])[];
}

/** A tree as a string that two equal trees share: element names, sorted attributes, texts joined. */
function canonical<N>(root: N, tree: ReadTree<N>): string {
  const out: string[] = [];
  const stack: (N | string)[] = [...tree.children(root)].reverse();
  let text = '';
  const flushText = () => {
    if (text !== '') out.push(JSON.stringify(text));
    text = '';
  };
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      flushText();
      out.push(item);
      continue;
    }
    const name = tree.name(item);
    if (name === null) {
      text += tree.text(item);
      continue;
    }
    flushText();
    const attributes = tree
      .attributes(item)
      .filter(([key]) => !(name === 'a' && ADDED_BY_READER.has(key)))
      .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
      .sort();
    out.push(`<${[name, ...attributes].join(' ')}>`);
    stack.push(`</${name}>`);
    const children = tree.children(item);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flushText();
  return out.join('');
}

type HandlerNode = ReturnType<typeof parseDocument>['children'][number];

const INGEST_TREE: ReadTree<HandlerNode | ReturnType<typeof parseDocument>> = {
  name: (node) => (node.type === 'tag' ? (node as { name: string }).name : null),
  children: (node) => ('children' in node ? node.children : []),
  text: (node) => (node.type === 'text' ? (node as { data: string }).data : ''),
  attributes: (node) => ('attribs' in node ? Object.entries(node.attribs) : []),
};

const DOM_TREE: ReadTree<Node> = {
  name: (node) => (node instanceof Element ? node.localName : null),
  children: (node) => Array.from(node.childNodes),
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : ''),
  attributes: (node) => (node instanceof Element ? Array.from(node.attributes, (a) => [a.name, a.value] as const) : []),
};

describe('the ingest’s HTML through the reader’s sanitizer', () => {
  it(
    `comes back unchanged, and no fuzzed post crashes, hangs or gives unstable HTML (${CASES} posts, seed ${SEED})`,
    { timeout: 60_000 + CASES * 200 },
    async () => {
      const counts = new Map<FuzzOutcome | 'changed by the reader', number>();
      const failures: string[] = [];
      let slowest = 0;
      await runFuzz({
        cases: CASES,
        seed: SEED,
        deadlineMs: DEADLINE_MS,
        onResult: (result) => {
          slowest = Math.max(slowest, result.ms);
          let outcome: FuzzOutcome | 'changed by the reader' = result.outcome;
          if (result.outcome === 'ok' && 'html' in result && result.html !== undefined) {
            const written = canonical(parseDocument(result.html, { lowerCaseTags: true }), INGEST_TREE);
            const read = canonical<Node>(sanitizeArticleHtml(result.html), DOM_TREE);
            if (read !== written) {
              outcome = 'changed by the reader';
              failures.push(`case ${result.index}: ${result.html.slice(0, 300)}`);
            }
          } else if (result.outcome !== 'skipped') {
            failures.push(`case ${result.index} ${result.outcome}: ${'reason' in result ? result.reason : ''}`);
          }
          counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
        },
      });
      console.log(
        `fuzz: ${CASES} posts (seed ${SEED}): ` + [...counts].map(([outcome, n]) => `${outcome} ${n}`).join(', ') + `; slowest post ${slowest.toFixed(0)} ms`,
      );
      expect(failures).toEqual([]);
      expect(counts.get('ok') ?? 0).toBeGreaterThan(CASES / 4);
    },
  );
});
