/**
 * Code that runs in the page, as JavaScript source: tsconfig.node.json has no DOM lib, and
 * this code must not be compiled for Node anyway. Every time is the page's
 * performance.now(), i.e. milliseconds since the navigation started.
 */

/** The list's article titles; `article h3 a` is the fallback for markup without the attribute. */
export const LINK_SELECTORS = ['[data-article-link]', 'article h3 a'] as const;
/** The reading view's body; the fallback is the first `article p` after the `h1`. */
export const BODY_SELECTORS = ['article .prose', '[data-article-body]'] as const;
export const BODY_FALLBACK = 'first `article p` after the article `h1`';

export interface ProbeOptions {
  /** Record when the first article title enters the DOM. */
  readonly link: boolean;
  /** Record when the article body (with text) enters the DOM. */
  readonly body: boolean;
}

/** What the probes recorded, read back with readProbes. */
export interface ProbeState {
  readonly link: number | null;
  readonly linkSelector: string | null;
  /** The first title found: its data-article-link value and its text. */
  readonly linkId: string | null;
  readonly linkText: string | null;
  readonly body: number | null;
  readonly bodySelector: string | null;
  /** Long tasks as [startTime, duration]. */
  readonly longTasks: readonly (readonly [number, number])[];
  readonly requestStart: number | null;
}

/**
 * The init script (page.addInitScript) installed before any of the page's own code: a
 * MutationObserver on the document that notes performance.now() in the first mutation
 * callback that finds the wanted elements (it disconnects once all are found), and a
 * buffered PerformanceObserver for long tasks.
 */
export function probeScript(options: ProbeOptions): string {
  return `(() => {
  if (window.top !== window || window.__bench) return;
  const LINKS = ${JSON.stringify(LINK_SELECTORS)};
  const BODIES = ${JSON.stringify(BODY_SELECTORS)};
  const want = ${JSON.stringify(options)};
  const state = { link: null, linkSelector: null, linkId: null, linkText: null, body: null, bodySelector: null, longTasks: [] };
  Object.defineProperty(window, '__bench', { value: state });
  const hasText = (el) => el.textContent.trim() !== '';
  const findBody = () => {
    for (const s of BODIES) { const el = document.querySelector(s); if (el && hasText(el)) return s; }
    const h1 = document.querySelector('article h1');
    if (!h1) return null;
    for (const p of document.querySelectorAll('article p')) {
      if (h1.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING && hasText(p)) return 'article h1 ~ p';
    }
    return null;
  };
  const check = () => {
    const now = performance.now();
    if (want.link && state.link === null) {
      // Visible ones only: a title the reader cannot see has not been painted for them. A
      // prerendered first screen counts only on the page it is for (index.html marks it).
      const prerenderedHere = document.documentElement.hasAttribute('data-first-screen');
      const shown = (selector) =>
        [...document.querySelectorAll(selector)].find(
          (el) => el.getClientRects().length > 0 && (prerenderedHere || !el.closest('#first-screen')),
        );
      const s = LINKS.find((selector) => shown(selector) !== undefined);
      if (s) {
        const el = shown(s);
        Object.assign(state, { link: now, linkSelector: s, linkId: el.getAttribute('data-article-link'), linkText: el.textContent.trim() });
      }
    }
    if (want.body && state.body === null) {
      const s = findBody();
      if (s) { state.body = now; state.bodySelector = s; }
    }
    return (!want.link || state.link !== null) && (!want.body || state.body !== null);
  };
  // Checked in the next animation frame, not in the mutation callback: frames run only once
  // the page can render (its stylesheets loaded), so the time is the frame that paints it.
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (check()) observer.disconnect();
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();`;
}

/** An expression: the probes' state, with the navigation's requestStart. */
export const READ_PROBES = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return { ...window.__bench, requestStart: nav ? nav.requestStart : null };
})()`;

/** An expression (a promise): the page's main thread had an idle period (at most 5 s), then a frame. */
export const MAIN_THREAD_IDLE = `new Promise((resolve) => {
  const frame = () => requestAnimationFrame(() => resolve(true));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(frame, { timeout: 5000 });
  else setTimeout(frame, 50);
})`;

export const linkFound = (): string => 'window.__bench && window.__bench.link !== null';
export const bodyFound = (): string => 'window.__bench && window.__bench.body !== null';

const VISIBLE = `const visible = (el) => { const r = el.getBoundingClientRect(); return el.getClientRects().length > 0 && r.bottom > 0 && r.top < innerHeight; };`;

/**
 * In-page helper: the visible element of a category path in the tree, found by name level
 * by level — the first visible text node equal to the name within the scope (first any
 * nav, then the `li` or tree item of the previous level) — or null.
 */
const FIND_NODE = `const findNode = (path) => {
  let scopes = [...document.querySelectorAll('nav')].filter((nav) => nav.getClientRects().length > 0);
  let found = null;
  for (const name of path) {
    found = null;
    for (const scope of scopes) {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (node.nodeValue.trim() === name && el.getClientRects().length > 0) { found = el; break; }
      }
      if (found) break;
    }
    if (!found) return null;
    scopes = [found.closest('li, [role="treeitem"]') || found.parentElement];
  }
  return found;
};`;

/**
 * An expression that unfolds the node at `path` if it is folded: the first control with
 * aria-expanded in its `li` (the node's own toggle precedes its children). Returns
 * whether the node was found.
 */
export function expandNode(path: readonly string[]): string {
  return `(() => {
  ${FIND_NODE}
  const node = findNode(${JSON.stringify(path)});
  if (!node) return false;
  const item = node.closest('li, [role="treeitem"]');
  const toggle = item && (item.matches('[aria-expanded]') ? item : item.querySelector('[aria-expanded]'));
  if (toggle && toggle.getAttribute('aria-expanded') === 'false') toggle.click();
  return true;
})()`;
}

export interface ClickResult {
  /** The control clicked, as tag name and text. */
  readonly target: string | null;
  /** Click → first visible title is one of the category's, ms (null on timeout). */
  readonly ms: number | null;
  /** Click → the animation frame after that, ms. */
  readonly frameMs: number | null;
  readonly error: string | null;
}

/**
 * An expression (a promise) that clicks the category at `path` in the tree — its nearest
 * button, label, link or tree item (see FIND_NODE) — and resolves when the first visible
 * article title is one of `ids` (its data-article-link value) or `titles` (its text),
 * checked after every DOM mutation.
 */
export function clickCategory(path: readonly string[], ids: readonly string[], titles: readonly string[], timeoutMs: number): string {
  return `new Promise((resolve) => {
  ${VISIBLE}
  const LINKS = ${JSON.stringify(LINK_SELECTORS.join(', '))};
  const ids = new Set(${JSON.stringify(ids)});
  const titles = new Set(${JSON.stringify(titles)});
  const path = ${JSON.stringify(path)};
  ${FIND_NODE}
  const node = findNode(path);
  const target = node && (node.closest('button, label, a, [role="button"], [role="treeitem"], [role="checkbox"], [role="option"]') || node);
  if (!target) return resolve({ target: null, ms: null, frameMs: null, error: 'no visible control for ' + path.join('/') });
  const described = target.tagName.toLowerCase() + ' "' + target.textContent.trim().slice(0, 40) + '"';
  const matches = () => {
    const first = [...document.querySelectorAll(LINKS)].find(visible);
    return !!first && (ids.has(first.getAttribute('data-article-link')) || titles.has(first.textContent.trim()));
  };
  let done = false;
  let timer = 0;
  const finish = () => {
    if (done) return;
    done = true;
    const ms = performance.now() - start;
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => resolve({ target: described, ms, frameMs: performance.now() - start, error: null }));
  };
  const observer = new MutationObserver(() => { if (matches()) finish(); });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-article-link', 'href'] });
  timer = setTimeout(() => {
    if (done) return;
    done = true;
    observer.disconnect();
    resolve({ target: described, ms: null, frameMs: null, error: 'the list did not change within ${timeoutMs} ms' });
  }, ${timeoutMs});
  const start = performance.now();
  target.click();
  if (matches()) finish();
})`;
}

/** An expression: [performance.now(), scrollY, scroll height]. */
export const SCROLL_STATE = '[performance.now(), scrollY, document.documentElement.scrollHeight]';
