import { withoutBidiControls } from './display-text';
import { fitContentModels } from './html-content-models';
import { FLOW, NOT_INSIDE, PARTS, PHRASING_ONLY, STRUCTURE_LIMITS } from './html-policy';
import { elementsOf, isElement, type StructureTree } from './structure-tree';

const PHRASING_ONLY_SET: ReadonlySet<string> = new Set(PHRASING_ONLY);
const FLOW_SET: ReadonlySet<string> = new Set(FLOW);

// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds, on purpose
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** What the limits took, for the ingest's report (all zero for any real article). */
export interface StructureCuts {
  /** Elements laid flat because they stood deeper than STRUCTURE_LIMITS.depth. */
  readonly flattened: number;
  /** Elements past STRUCTURE_LIMITS.elements, turned into their text or dropped. */
  readonly elements: number;
  /** Images past STRUCTURE_LIMITS.images, dropped. */
  readonly images: number;
}

/**
 * The structure pass both sanitizers end with (the ingest over htmlparser2's tree, the
 * reader over DOMPurify's fragment): one algorithm over a small adapter, so the two can
 * only agree. After it:
 * - every element's children fit its content model (html-policy.ts): no block inside a
 *   paragraph, a heading or a phrasing element, list items only in lists, table parts
 *   only in tables, no link or stock mention inside a link, no mention inside a mention;
 * - elements nest at most STRUCTURE_LIMITS.depth deep (table rows and list items at the
 *   limit excepted), there are at most STRUCTURE_LIMITS.elements elements and
 *   STRUCTURE_LIMITS.images images;
 * - text holds no NUL, CR, other C0/C1 controls (tab and line feed excepted) nor bidi
 *   controls; adjacent texts are one; a <pre> does not start with a line feed.
 * Those are the conditions under which an HTML parser reads the serialized tree back as
 * the same tree, so the ingest's output is a fixed point of both sanitizers.
 *
 * Every walk is iterative; every node is moved a bounded number of times (at most once
 * per level it climbs, and levels are bounded by the depth limit after the first pass),
 * so the pass is linear in the size of the tree. It only removes, unwraps, moves and
 * wraps nodes the sanitizer already accepted, and adds only attribute-less elements of
 * the allow-list (copies of a split paragraph or heading; li, tbody, tr, td): it cannot make unsafe markup safe or the reverse.
 */
export function enforceStructure<N>(root: N, tree: StructureTree<N>): StructureCuts {
  removeNestedControls(root, tree);
  fitContentModels(root, tree);
  const flattened = capDepth(root, tree);
  const counted = capCounts(root, tree);
  cleanTexts(root, tree);
  return { flattened, ...counted };
}

/** Text as the parser would read it back: no CR (read as LF), no NUL (dropped), no other controls. */
export function cleanBodyText(text: string): string {
  return withoutBidiControls(text.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?/g, '\n').replace(CONTROLS, ''));
}

/** Half of a surrogate pair without the other half: not a character, and JSON and UTF-8 cannot carry it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Cleans every text (cleanBodyText), joins adjacent texts into one and drops empty ones,
 * as the parser would read them back, and takes the line feeds opening a <pre> (the
 * parser drops the first). Last, so it sees the texts the other steps brought together.
 */
function cleanTexts<N>(root: N, tree: StructureTree<N>): void {
  for (const parent of elementsOf(root, tree)) {
    const children = tree.children(parent);
    const next: N[] = [];
    let run: N[] = [];
    let changed = false;
    const flush = (): void => {
      if (run.length === 0) return;
      const raw = run.length === 1 ? tree.text(run[0]!) : run.map((node) => tree.text(node)).join('');
      const text = cleanBodyText(raw);
      if (run.length === 1 && text === raw && text !== '') next.push(run[0]!);
      else {
        changed = true;
        if (text !== '') next.push(tree.createText(text));
      }
      run = [];
    };
    for (const child of children) {
      if (isElement(tree, child)) {
        flush();
        next.push(child);
      } else run.push(child);
    }
    flush();
    if (tree.name(parent) === 'pre' && next.length > 0 && !isElement(tree, next[0]!)) {
      const first = tree.text(next[0]!);
      const trimmed = first.replace(/^\n+/, '');
      if (trimmed !== first) {
        changed = true;
        if (trimmed === '') next.shift();
        else next[0] = tree.createText(trimmed);
      }
    }
    if (changed) tree.setChildren(parent, next);
  }
}

/** Links and mentions inside a link, mentions inside a mention: unwrapped (their text stays). */
function removeNestedControls<N>(root: N, tree: StructureTree<N>): void {
  const stack: { node: N; banned: ReadonlySet<string> }[] = [{ node: root, banned: new Set() }];
  while (stack.length > 0) {
    const { node, banned } = stack.pop()!;
    const work = [...tree.children(node)].reverse();
    const next: N[] = [];
    let changed = false;
    while (work.length > 0) {
      const child = work.pop()!;
      const name = tree.name(child);
      if (name !== null && banned.has(name)) {
        changed = true;
        const grandchildren = tree.children(child);
        for (let i = grandchildren.length - 1; i >= 0; i--) work.push(grandchildren[i]!);
        continue;
      }
      next.push(child);
      if (name === null) continue;
      const adds = NOT_INSIDE[name];
      stack.push({ node: child, banned: adds ? new Set([...banned, ...adds]) : banned });
    }
    if (changed) tree.setChildren(node, next);
  }
}

/** Whether an element may hold text and phrasing content (so it can hold its descendants laid flat). */
function holdsPhrasing(name: string): boolean {
  return PHRASING_ONLY_SET.has(name) || FLOW_SET.has(name);
}

/** Elements at the depth limit that hold phrasing content get their descendants' text, <br>s and images laid flat. */
function capDepth<N>(root: N, tree: StructureTree<N>): number {
  let flattened = 0;
  const stack: { node: N; depth: number }[] = [];
  for (const child of tree.children(root)) if (isElement(tree, child)) stack.push({ node: child, depth: 1 });
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth >= STRUCTURE_LIMITS.depth && holdsPhrasing(tree.name(node)!)) {
      const flat = flatContent(node, tree);
      if (flat !== null) {
        flattened += flat.removed;
        tree.setChildren(node, flat.nodes);
      }
      continue;
    }
    for (const child of tree.children(node)) if (isElement(tree, child)) stack.push({ node: child, depth: depth + 1 });
  }
  return flattened;
}

/** The text, <br>s and images below `node`, in document order; null when it holds nothing else already. */
function flatContent<N>(node: N, tree: StructureTree<N>): { nodes: N[]; removed: number } | null {
  const out: N[] = [];
  let removed = 0;
  const stack = [...tree.children(node)].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    const name = tree.name(current);
    if (name === null || name === 'br' || name === 'img') {
      out.push(current);
      continue;
    }
    removed++;
    const children = tree.children(current);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (removed === 0) return null;
  // Adjacent texts would read back as one: join them here, as the parser would.
  const merged: N[] = [];
  for (const item of out) {
    const last = merged[merged.length - 1];
    if (last !== undefined && tree.name(item) === null && tree.name(last) === null) {
      merged[merged.length - 1] = tree.createText(tree.text(last) + tree.text(item));
    } else merged.push(item);
  }
  return { nodes: merged.filter((item) => tree.name(item) !== null || tree.text(item) !== ''), removed };
}

/**
 * In document order: past STRUCTURE_LIMITS.elements elements, each further element is
 * replaced by its text (or dropped where text may not stand: a list or table part);
 * past STRUCTURE_LIMITS.images images, images are dropped.
 */
function capCounts<N>(root: N, tree: StructureTree<N>): { elements: number; images: number } {
  let elements = 0;
  let images = 0;
  let overElements = 0;
  let overImages = 0;
  // Decided in document order, applied per parent afterwards.
  const verdicts = new Map<N, 'drop' | 'text'>();
  const parents = new Set<N>();
  const stack: { node: N; parent: N }[] = [];
  const pushChildren = (parent: N): void => {
    const children = tree.children(parent);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent });
  };
  pushChildren(root);
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    const name = tree.name(node);
    if (name === null) continue;
    if (name === 'img' && images >= STRUCTURE_LIMITS.images) {
      overImages++;
      verdicts.set(node, 'drop');
      parents.add(parent);
      continue;
    }
    if (elements >= STRUCTURE_LIMITS.elements) {
      overElements++;
      const parentName = parent === root ? '#root' : tree.name(parent)!;
      verdicts.set(node, PARTS[parentName] === undefined ? 'text' : 'drop');
      parents.add(parent);
      continue;
    }
    elements++;
    if (name === 'img') images++;
    pushChildren(node);
  }
  for (const parent of parents) {
    const next: N[] = [];
    for (const child of tree.children(parent)) {
      const verdict = verdicts.get(child);
      if (verdict === undefined) next.push(child);
      else if (verdict === 'text') {
        const text = textOf(child, tree);
        if (text !== '') next.push(tree.createText(text));
      }
    }
    tree.setChildren(parent, mergeTexts(next, tree));
  }
  return { elements: overElements, images: overImages };
}

function mergeTexts<N>(nodes: readonly N[], tree: StructureTree<N>): N[] {
  const out: N[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last !== undefined && tree.name(node) === null && tree.name(last) === null) {
      out[out.length - 1] = tree.createText(tree.text(last) + tree.text(node));
    } else out.push(node);
  }
  return out;
}

function textOf<N>(node: N, tree: StructureTree<N>): string {
  const pieces: string[] = [];
  const stack: N[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (tree.name(current) === null) pieces.push(tree.text(current));
    else {
      const children = tree.children(current);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return pieces.join('');
}
