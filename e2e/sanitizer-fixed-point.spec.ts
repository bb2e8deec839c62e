import { parseDocument } from 'htmlparser2';

import { fuzzSeeds, runFuzzCase } from '../tools/fuzz/fuzz-case';
import { expect, test } from './support/offline-test';

/**
 * The ingest's HTML read back by Chromium's own HTML parser gives the tree the ingest
 * wrote (issue 12: "a fixed point for both the ingest and the browser parser"). jsdom's
 * parser and DOMPurify are checked over many more posts in
 * src/lib/sanitizer-fixed-point.test.ts; this is the real browser's tree builder, in
 * quirks mode as DOMPurify parses (no doctype), over 150 fuzzed posts' outputs.
 */
const SEED = 21;
const CASES = 400;
const OUTPUTS = 150;

/** htmlparser2's tree as nested items, texts joined as a parser joins them. */
function ingestTree(html: string): string {
  const out: string[] = [];
  const stack: (ReturnType<typeof parseDocument>['children'][number] | string)[] = [...parseDocument(html).children].reverse();
  let text = '';
  const flush = () => {
    if (text !== '') out.push(JSON.stringify(text));
    text = '';
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      flush();
      out.push(node);
    } else if (node.type === 'text') text += node.data;
    else if (node.type === 'tag') {
      flush();
      const attributes = Object.entries(node.attribs)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .sort();
      out.push(`<${[node.name, ...attributes].join(' ')}>`);
      stack.push(`</${node.name}>`);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  flush();
  return out.join('');
}

test('Chromium parses the ingest’s HTML into the tree the ingest wrote', async ({ page }) => {
  const seeds = fuzzSeeds(SEED);
  const outputs: string[] = [];
  for (let index = 0; index < CASES && outputs.length < OUTPUTS; index++) {
    const result = runFuzzCase(seeds, index, SEED);
    if (result.outcome === 'ok' && result.html !== undefined && result.html !== '') outputs.push(result.html);
  }
  expect(outputs.length).toBe(OUTPUTS);
  // A blank page: no CSP of the app's, so the test may call DOMParser itself.
  await page.goto('about:blank');
  const browserTrees = await page.evaluate((htmls) => {
    const tree = (root: Node): string => {
      const out: string[] = [];
      const stack: (Node | string)[] = [...root.childNodes].reverse();
      let text = '';
      const flush = () => {
        if (text !== '') out.push(JSON.stringify(text));
        text = '';
      };
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (typeof node === 'string') {
          flush();
          out.push(node);
        } else if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
        else if (node instanceof Element) {
          flush();
          const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
          out.push(`<${[node.localName, ...attributes].join(' ')}>`);
          stack.push(`</${node.localName}>`);
          for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
        }
      }
      flush();
      return out.join('');
    };
    return htmls.map((html) => tree(new DOMParser().parseFromString(html, 'text/html').body));
  }, outputs);
  const differing = outputs.filter((html, i) => ingestTree(html) !== browserTrees[i]).map((html) => html.slice(0, 200));
  expect(differing).toEqual([]);
});
