import { BLOCKS, PARTS, PHRASING, PHRASING_ONLY } from './html-policy';
import { isElement, elementsOf, type StructureTree } from './structure-tree';

/*
 * The content models of the structure pass (html-structure.ts): after fitContentModels
 * every element's children fit its model as html-policy.ts states it, so an HTML parser
 * reads the serialized tree back as the same tree.
 */

const PHRASING_SET: ReadonlySet<string> = new Set(PHRASING);
const BLOCK_SET: ReadonlySet<string> = new Set(BLOCKS);
const PHRASING_ONLY_SET: ReadonlySet<string> = new Set(PHRASING_ONLY);
const SPLIT_ON_BLOCK: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE_CONTAINERS: ReadonlySet<string> = new Set([...PHRASING_ONLY].filter((name) => PHRASING_SET.has(name)));
const TABLE_PARTS: ReadonlySet<string> = new Set(['caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
/** What a part found directly in a table-like parent is wrapped into so that it fits. */
const WRAPPERS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  table: { tr: 'tbody', td: 'tbody', th: 'tbody', other: 'tbody' },
  thead: { td: 'tr', th: 'tr', other: 'tr' },
  tbody: { td: 'tr', th: 'tr', other: 'tr' },
  tfoot: { td: 'tr', th: 'tr', other: 'tr' },
  tr: { other: 'td' },
  ul: { other: 'li' },
  ol: { other: 'li' },
});
/** Space as the HTML parser counts it: the only text a table or a list may hold between its parts. */
const PARSER_SPACE = /^[\t\n\f\r ]*$/;

type Fit = 'keep' | 'unwrap' | 'wrap';

/**
 * How `child` (an element name, or null for text) fits in `parent`: kept, unwrapped (its
 * children take its place and are judged in turn), or wrapped with its neighbours into
 * the part `parent` expects. A block inside a phrasing element is neither: the phrasing
 * element itself gives way (see fitContentModels).
 */
function fitOf(parent: string, child: string | null, text: string): Fit {
  const parts = PARTS[parent];
  if (parts) {
    if (child === null) return PARSER_SPACE.test(text) ? 'keep' : 'wrap';
    if (parts.includes(child)) return 'keep';
    return WRAPPERS[parent]![child] !== undefined || !TABLE_PARTS.has(child) ? 'wrap' : 'unwrap';
  }
  if (child === null) return 'keep';
  if (child === 'li' || TABLE_PARTS.has(child)) return 'unwrap';
  if (PHRASING_ONLY_SET.has(parent) && !PHRASING_SET.has(child)) return 'unwrap';
  return 'keep';
}

/**
 * Children first (reverse document order), so each element is judged with its own
 * content already fitted. A phrasing element holding a block gives way to it (it is
 * unwrapped by its parent); a paragraph or heading holding one is split around it; a
 * <pre> or <caption> unwraps it. The root takes flow content, as a <body> does.
 */
export function fitContentModels<N>(root: N, tree: StructureTree<N>): void {
  const standIns = new Map<N, readonly N[]>();
  const order = elementsOf(root, tree);
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i]!;
    const name = element === root ? '#root' : tree.name(element)!;
    const fitted = fitChildren(name, tree.children(element), tree, standIns);
    if (fitted.changed) tree.setChildren(element, fitted.children);
    if (name === '#root') break;
    const hasBlock = fitted.children.some((child) => {
      const childName = tree.name(child);
      return childName !== null && BLOCK_SET.has(childName);
    });
    if (!hasBlock) continue;
    if (INLINE_CONTAINERS.has(name)) standIns.set(element, fitted.children);
    else if (SPLIT_ON_BLOCK.has(name)) standIns.set(element, split(name, fitted.children, tree));
  }
}

function fitChildren<N>(
  parent: string,
  children: readonly N[],
  tree: StructureTree<N>,
  standIns: ReadonlyMap<N, readonly N[]>,
): { children: N[]; changed: boolean } {
  const work = [...children].reverse();
  const next: N[] = [];
  let changed = false;
  let run: N[] = [];
  let runWrapper: string | null = null;
  const closeRun = (): void => {
    if (runWrapper === null) return;
    // Space the run picked up after its last item stays outside the wrapper.
    let end = run.length;
    while (end > 0 && !isElement(tree, run[end - 1]!) && PARSER_SPACE.test(tree.text(run[end - 1]!))) end--;
    if (end > 0) {
      const wrapper = tree.createElement(runWrapper);
      const inner = fitChildren(runWrapper, run.slice(0, end), tree, standIns);
      tree.setChildren(wrapper, inner.children);
      next.push(wrapper);
    }
    for (let i = end; i < run.length; i++) next.push(run[i]!);
    run = [];
    runWrapper = null;
  };
  const parentPhrasingOnly = PHRASING_ONLY_SET.has(parent) && !SPLIT_ON_BLOCK.has(parent) && !INLINE_CONTAINERS.has(parent);
  while (work.length > 0) {
    const child = work.pop()!;
    const standIn = standIns.get(child);
    if (standIn !== undefined) {
      changed = true;
      for (let i = standIn.length - 1; i >= 0; i--) work.push(standIn[i]!);
      continue;
    }
    const name = tree.name(child);
    const fit = name === null ? fitOf(parent, null, tree.text(child)) : fitOf(parent, name, '');
    // A block inside <pre> or <caption> is unwrapped; inside a paragraph or a phrasing
    // element it is kept for now, and the container gives way to it (see above).
    const unwrapBlock = parentPhrasingOnly && name !== null && BLOCK_SET.has(name);
    if (fit === 'unwrap' && (unwrapBlock || !BLOCK_SET.has(name ?? '') || !PHRASING_ONLY_SET.has(parent))) {
      changed = true;
      const grandchildren = tree.children(child);
      for (let i = grandchildren.length - 1; i >= 0; i--) work.push(grandchildren[i]!);
      continue;
    }
    if (fit === 'wrap') {
      changed = true;
      const wrapper = WRAPPERS[parent]![name ?? 'other'] ?? WRAPPERS[parent]!.other!;
      if (runWrapper !== null && runWrapper !== wrapper) closeRun();
      runWrapper = wrapper;
      run.push(child);
      continue;
    }
    if (runWrapper !== null && name === null && PARSER_SPACE.test(tree.text(child))) {
      run.push(child);
      continue;
    }
    closeRun();
    next.push(child);
  }
  closeRun();
  return { children: next, changed };
}

/** `children` of a paragraph or heading holding blocks: the blocks, and the runs between them as copies of it. */
function split<N>(name: string, children: readonly N[], tree: StructureTree<N>): N[] {
  const out: N[] = [];
  let run: N[] = [];
  const flush = (): void => {
    if (run.some((node) => isElement(tree, node) || !PARSER_SPACE.test(tree.text(node)))) {
      const piece = tree.createElement(name);
      tree.setChildren(piece, run);
      out.push(piece);
    }
    run = [];
  };
  for (const child of children) {
    const childName = tree.name(child);
    if (childName !== null && BLOCK_SET.has(childName)) {
      flush();
      out.push(child);
    } else {
      run.push(child);
    }
  }
  flush();
  return out;
}
