/**
 * Search in the browser, one new browser context per visit (empty cache and storage,
 * service workers blocked), 1280×800. Times are the page's performance.now(), noted in
 * the animation frame after the DOM mutation that shows the awaited element (frames run
 * only once the page can render, so it is the frame that paints it), as bench-app's
 * probes do. Bytes come from the server's log, read up to the page's moment mapped onto
 * the server clock through the navigation request (see bench-app/measure.ts).
 *
 * - cold: `/?q=<query>`: navigation start → the count line (`p[data-count]`) has text,
 *   and → the first visible result title (`[data-article-link]` in the list's section);
 * - warm: `/` until it shows its list and network and main thread are idle, then the
 *   query typed into `input[type=search]` (page.fill): the input event → the count line
 *   of that query (the heading names it), which includes the box's 150 ms debounce, and
 *   the URL taking the query (history.pushState/replaceState, after the debounce) → the
 *   count line: what the search itself costs once the app is up, its files still to fetch.
 *   Then the box is cleared (back to the list) and the same query typed again: its files
 *   are in the page's query cache, so this is the search's own computing.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';

import { strings } from '../../src/shared/strings';
import { searchStrings } from '../../src/features/search/search-strings';
import { MAIN_THREAD_IDLE, READ_PROBES, linkFound, probeScript, type ProbeState } from '../bench-app/in-page';
import type { BenchServer, RequestRecord } from '../bench-app/server';

const TIMEOUT = 30_000;
/** After the count, how long a result title may still take before the visit says it never came. */
const LINK_TIMEOUT = 15_000;
const round = (ms: number) => Math.round(ms * 10) / 10;

export interface Env {
  readonly browser: Browser;
  readonly server: BenchServer;
}

/** /data/** gzip bytes, split by what they are. */
export interface DataBytes {
  readonly search: number;
  readonly articles: number;
  /** Manifest, timeline, metadata pages, facets: the list under the search. */
  readonly list: number;
  readonly total: number;
}

/** The count line as first shown. */
export interface CountLine {
  /** data-count: exact, estimate or at-most. */
  readonly kind: string | null;
  readonly text: string;
  /** The numbers in its text. */
  readonly numbers: readonly number[];
  /** data-min and data-max: the bounds the line claims on the true count. */
  readonly min: number | null;
  readonly max: number | null;
}

/** A /data/ request of a visit: path, gzip bytes, start and end on the page's clock (ms). */
export type DataRequest = readonly [path: string, bytes: number, startMs: number, endMs: number | null];

export interface ColdRun {
  readonly query: string;
  readonly url: string;
  readonly countMs: number | null;
  readonly count: CountLine | null;
  /** The count line once the network is idle. */
  readonly finalCount: CountLine | null;
  readonly linkMs: number | null;
  readonly linkId: string | null;
  readonly dataUntilCount: number | null;
  readonly dataUntilLink: number | null;
  readonly dataIdle: DataBytes | null;
  readonly requests: number;
  readonly dataRequests: readonly DataRequest[];
  readonly error: string | null;
}

export interface WarmRun {
  readonly query: string;
  /** The input event on the page's clock: what dataRequests' times are relative to. */
  readonly inputMs: number | null;
  readonly fillToCountMs: number | null;
  /** The URL taking the query → the count line (no debounce). */
  readonly urlToCountMs: number | null;
  /** The same query typed again, its files cached: input → count, and URL → count. */
  readonly repeatFillToCountMs: number | null;
  readonly repeatUrlToCountMs: number | null;
  readonly count: CountLine | null;
  readonly dataUntilCount: number | null;
  readonly dataIdle: DataBytes | null;
  readonly dataRequests: readonly DataRequest[];
  readonly error: string | null;
}

interface SearchProbes {
  readonly count: number | null;
  readonly countKind: string | null;
  readonly countText: string | null;
  readonly countMin: string | null;
  readonly countMax: string | null;
  readonly link: number | null;
  readonly linkId: string | null;
  readonly input: number | null;
  readonly url: number | null;
  readonly requestStart: number | null;
}

/**
 * The probes, as page JavaScript (tsconfig.node.json has no DOM lib): a MutationObserver
 * that, in the frame after a mutation, notes the count line of `heading` (when not null)
 * and the first visible result title; and the first input event on the search box.
 */
function searchProbes(heading: string | null): string {
  return `(() => {
  if (window.top !== window || window.__search) return;
  const state = { count: null, countKind: null, countText: null, countMin: null, countMax: null, link: null, linkId: null, input: null, url: null };
  Object.defineProperty(window, '__search', { value: state });
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name].bind(history);
    history[name] = (data, unused, url) => {
      if (state.url === null && state.input !== null && typeof url === 'string' && url.includes('q=')) state.url = performance.now();
      return original(data, unused, url);
    };
  }
  const HEADING = ${JSON.stringify(heading)};
  document.addEventListener('input', (event) => {
    if (state.input === null && event.target && event.target.matches && event.target.matches('input[type=search]')) state.input = performance.now();
  }, { capture: true });
  const check = () => {
    const now = performance.now();
    const section = document.querySelector('section[aria-labelledby="list-heading"]');
    if (!section) return false;
    if (HEADING !== null) {
      const h1 = document.getElementById('list-heading');
      if (!h1 || h1.textContent.trim() !== HEADING) return false;
    }
    if (state.count === null) {
      const p = section.querySelector('p[data-count]');
      if (p && p.textContent.trim() !== '') Object.assign(state, { count: now, countKind: p.getAttribute('data-count'), countText: p.textContent.trim(), countMin: p.getAttribute('data-min'), countMax: p.getAttribute('data-max') });
    }
    if (state.link === null) {
      const link = [...section.querySelectorAll('[data-article-link]')].find((el) => el.getClientRects().length > 0 && !el.closest('#first-screen'));
      if (link) Object.assign(state, { link: now, linkId: link.getAttribute('data-article-link') });
    }
    return state.count !== null && state.link !== null;
  };
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (check()) observer.disconnect();
    });
  });
  // data-count too: the line may keep its text and node while its kind changes.
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-count'] });
})()`;
}

const READ_SEARCH = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return { ...window.__search, requestStart: nav ? nav.requestStart : null };
})()`;
const READ_COUNT = `(() => {
  const p = document.querySelector('section[aria-labelledby="list-heading"] p[data-count]');
  return p ? { kind: p.getAttribute('data-count'), text: p.textContent.trim(), min: p.getAttribute('data-min'), max: p.getAttribute('data-max') } : null;
})()`;

function countLine(kind: string | null, text: string | null, min: string | null, max: string | null): CountLine | null {
  if (text === null) return null;
  const numbers = (text.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
  return { kind, text, numbers, min: min === null ? null : Number(min), max: max === null ? null : Number(max) };
}

function dataBytes(records: readonly RequestRecord[]): DataBytes {
  let search = 0;
  let articles = 0;
  let list = 0;
  for (const r of records) {
    if (!r.path.startsWith('/data/')) continue;
    if (r.path.startsWith('/data/search/')) search += r.bytes;
    else if (r.path.startsWith('/data/articles/')) articles += r.bytes;
    else list += r.bytes;
  }
  return { search, articles, list, total: search + articles + list };
}

function dataRequests(records: readonly RequestRecord[], offset: number): DataRequest[] {
  return records
    .filter((r) => r.path.startsWith('/data/'))
    .map((r) => [r.path.slice('/data/'.length), r.bytes, round(r.received - offset), r.finished === null ? null : round(r.finished - offset)] as const);
}

const newContext = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    // The app's CSP has no 'unsafe-eval', and Playwright evaluates waitForFunction's
    // predicate with eval in the page; the policy itself is not what is measured.
    bypassCSP: true,
  });

const message = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** The page's clock onto the server's: the server received the navigation when the page says it sent it. */
function clockOffset(server: BenchServer, requestStart: number | null): number {
  const navigation = server.requests().find((r) => r.path === '/' || r.path === '/index.html');
  if (!navigation) throw new Error('the server never saw the navigation');
  return navigation.received - (requestStart ?? 0);
}

export async function measureCold(env: Env, query: string, expectLink: boolean): Promise<ColdRun> {
  const url = `/?${new URLSearchParams({ q: query })}`;
  env.server.reset();
  const context = await newContext(env.browser);
  const result = {
    query,
    url,
    countMs: null,
    count: null,
    finalCount: null,
    linkMs: null,
    linkId: null,
    dataUntilCount: null,
    dataUntilLink: null,
    dataIdle: null,
    requests: 0,
    dataRequests: [],
  };
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: searchProbes(null) });
    await page.goto(env.server.origin + url, { waitUntil: 'commit', timeout: TIMEOUT });
    let error: string | null = null;
    try {
      await page.waitForFunction('window.__search && window.__search.count !== null', undefined, { timeout: TIMEOUT, polling: 50 });
      if (expectLink) await page.waitForFunction('window.__search.link !== null', undefined, { timeout: LINK_TIMEOUT, polling: 50 });
    } catch (waitError) {
      error = `${url}: ${message(waitError)}`;
    }
    await env.server.waitIdle();
    const probes = (await page.evaluate(READ_SEARCH)) as SearchProbes;
    const final = (await page.evaluate(READ_COUNT)) as { kind: string | null; text: string; min: string | null; max: string | null } | null;
    const offset = clockOffset(env.server, probes.requestStart);
    const dataUntil = (ms: number | null) => (ms === null ? null : env.server.bytesUntil(ms + offset).data);
    if (error === null && probes.link === null && expectLink) error = `${url}: no result title`;
    return {
      ...result,
      countMs: probes.count === null ? null : round(probes.count),
      count: countLine(probes.countKind, probes.countText, probes.countMin, probes.countMax),
      finalCount: final && countLine(final.kind, final.text, final.min, final.max),
      linkMs: probes.link === null ? null : round(probes.link),
      linkId: probes.linkId,
      dataUntilCount: dataUntil(probes.count),
      dataUntilLink: dataUntil(probes.link),
      dataIdle: dataBytes(env.server.requests()),
      requests: env.server.requests().length,
      dataRequests: dataRequests(env.server.requests(), offset),
      error,
    };
  } catch (failure) {
    return { ...result, error: `${url}: ${message(failure)}` };
  } finally {
    await context.close();
  }
}

/** `/` until its list shows and network and main thread are idle. */
async function openIdleHome(env: Env): Promise<{ page: Page; offset: number }> {
  const context = await newContext(env.browser);
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript({ link: true, body: false }) });
  await page.goto(`${env.server.origin}/`, { waitUntil: 'commit', timeout: TIMEOUT });
  await page.waitForFunction(linkFound(), undefined, { timeout: TIMEOUT, polling: 50 });
  await env.server.waitIdle();
  await page.evaluate(MAIN_THREAD_IDLE);
  const probes = (await page.evaluate(READ_PROBES)) as ProbeState;
  return { page, offset: clockOffset(env.server, probes.requestStart) };
}

/** Clears the box (the list comes back), then types `query` again: its files are cached now. */
async function typeAgain(page: Page, query: string): Promise<{ fill: number | null; url: number | null }> {
  try {
    await page.fill('input[type=search]', '');
    await page.waitForFunction(`document.getElementById('list-heading')?.textContent.trim() === ${JSON.stringify(strings.list.heading)}`, undefined, {
      timeout: TIMEOUT,
    });
    await page.evaluate(
      'Object.assign(window.__search, { count: null, countKind: null, countText: null, countMin: null, countMax: null, link: null, linkId: null, input: null, url: null })',
    );
    await page.fill('input[type=search]', query);
    await page.waitForFunction('window.__search.count !== null', undefined, { timeout: TIMEOUT, polling: 50 });
    const probes = (await page.evaluate(READ_SEARCH)) as SearchProbes;
    return {
      fill: probes.count !== null && probes.input !== null ? round(probes.count - probes.input) : null,
      url: probes.count !== null && probes.url !== null ? round(probes.count - probes.url) : null,
    };
  } catch {
    return { fill: null, url: null };
  }
}

export async function measureWarm(env: Env, query: string): Promise<WarmRun> {
  env.server.reset();
  const result = {
    query,
    inputMs: null,
    fillToCountMs: null,
    urlToCountMs: null,
    repeatFillToCountMs: null,
    repeatUrlToCountMs: null,
    count: null,
    dataUntilCount: null,
    dataIdle: null,
    dataRequests: [],
  };
  let page: Page | null = null;
  try {
    const home = await openIdleHome(env);
    page = home.page;
    await page.evaluate(searchProbes(searchStrings.heading(query.trim())));
    // From here on the log holds only what the search fetches.
    env.server.reset();
    await page.focus('input[type=search]');
    await page.fill('input[type=search]', query);
    let error: string | null = null;
    try {
      await page.waitForFunction('window.__search.count !== null', undefined, { timeout: TIMEOUT, polling: 50 });
    } catch (waitError) {
      error = `/ then typed ${JSON.stringify(query)}: ${message(waitError)}`;
    }
    await env.server.waitIdle();
    const probes = (await page.evaluate(READ_SEARCH)) as SearchProbes;
    const fillToCountMs = probes.count !== null && probes.input !== null ? round(probes.count - probes.input) : null;
    if (error === null && probes.input === null) error = `/ then typed ${JSON.stringify(query)}: no input event seen`;
    const dataIdle = dataBytes(env.server.requests());
    const requests = dataRequests(env.server.requests(), home.offset);
    const repeat = error === null ? await typeAgain(page, query) : { fill: null, url: null };
    return {
      ...result,
      inputMs: probes.input === null ? null : round(probes.input),
      fillToCountMs,
      urlToCountMs: probes.count !== null && probes.url !== null ? round(probes.count - probes.url) : null,
      repeatFillToCountMs: repeat.fill,
      repeatUrlToCountMs: repeat.url,
      count: countLine(probes.countKind, probes.countText, probes.countMin, probes.countMax),
      dataUntilCount: probes.count === null ? null : env.server.bytesUntil(probes.count + home.offset).data,
      dataIdle,
      dataRequests: requests,
      error,
    };
  } catch (failure) {
    return { ...result, error: `/ then typed ${JSON.stringify(query)}: ${message(failure)}` };
  } finally {
    await page?.context().close();
  }
}
