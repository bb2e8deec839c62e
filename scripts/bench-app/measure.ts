/**
 * One visit per measurement, each in a new browser context (a cold profile: empty HTTP
 * cache and storage, service workers blocked), 1280×800. Times come from the page
 * (performance.now(), so navigation start is 0); bytes from the server's log, read up to
 * the page's moment mapped onto the server clock (see serverTimeOf).
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';

import type { ArticleRef, BenchTargets } from './bundle-targets';
import {
  MAIN_THREAD_IDLE,
  READ_PROBES,
  SCROLL_STATE,
  bodyFound,
  clickCategory,
  expandNode,
  linkFound,
  probeScript,
  type ClickResult,
  type ProbeOptions,
  type ProbeState,
} from './in-page';
import type { BenchServer, ByteSplit } from './server';

const TIMEOUT = 45_000;
const round = (ms: number) => Math.round(ms * 10) / 10;
const CLICK_TIMEOUT = 10_000;
export const SCROLL_STEPS = 40;
export const SCROLL_STEP_PX = 500;
export const SCROLL_PAUSE_MS = 50;

export interface Env {
  readonly browser: Browser;
  readonly server: BenchServer;
  readonly targets: BenchTargets;
}

/** A request of a visit, times on the page's clock (ms since navigation start). */
export interface RequestLine {
  readonly path: string;
  readonly status: number;
  readonly bytes: number;
  readonly startMs: number;
  readonly endMs: number | null;
}

export interface HomeRun {
  readonly paintMs: number;
  readonly selector: string | null;
  /** Whether the first title found is the newest article. */
  readonly firstExpected: boolean;
  readonly beforePaint: ByteSplit;
  readonly afterIdle: ByteSplit;
  readonly heapBytes: number;
  readonly longTasks: number;
  readonly longTaskMaxMs: number;
  readonly scrolledPx: number;
  /** The long tasks while scrolling, as [start after the first step, duration], ms. */
  readonly longTaskList: readonly (readonly [number, number])[];
  /** Every request until the network was idle (before the scroll). */
  readonly requests: readonly RequestLine[];
}

export interface DirectRun {
  readonly ms: number;
  readonly selector: string | null;
  /** Whether the first title found is one of the list's newest articles (null: not a list). */
  readonly firstExpected: boolean | null;
  readonly untilShown: ByteSplit;
  readonly afterIdle: ByteSplit;
  readonly requests: readonly RequestLine[];
}

export type FilterRun = ClickResult;

interface Visit {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly probes: ProbeState;
  /** The page's `time` (performance.now()) on the server clock. */
  readonly serverTimeOf: (time: number) => number;
  /** The server's requests so far, on the page's clock. */
  readonly requests: () => RequestLine[];
}

async function coldContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    // The app's CSP has no 'unsafe-eval', and Playwright evaluates waitForFunction's
    // predicate with eval in the page; the policy itself is not what is measured.
    bypassCSP: true,
  });
}

/**
 * Opens `path` in a cold context and waits until the probe fires. The page's clock is
 * mapped onto the server's by the navigation request: the server noted when it received
 * it, the page's navigation timing says when it was sent (requestStart), and loopback
 * transit is far below a millisecond.
 */
async function visit(env: Env, path: string, options: ProbeOptions): Promise<Visit> {
  env.server.reset();
  const context = await coldContext(env.browser);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: probeScript(options) });
    await page.goto(env.server.origin + path, { waitUntil: 'commit', timeout: TIMEOUT });
    await page.waitForFunction(options.body ? bodyFound() : linkFound(), undefined, { timeout: TIMEOUT, polling: 50 });
    const probes = (await page.evaluate(READ_PROBES)) as ProbeState;
    const pathname = decodeURIComponent(new URL(path, 'http://x').pathname);
    const navigation = env.server.requests().find((request) => request.path === pathname);
    if (!navigation) throw new Error(`the server never saw the navigation to ${path}`);
    const offset = navigation.received - (probes.requestStart ?? 0);
    const requests = () =>
      env.server.requests().map((r) => ({
        path: r.path,
        status: r.status,
        bytes: r.bytes,
        startMs: round(r.received - offset),
        endMs: r.finished === null ? null : round(r.finished - offset),
      }));
    return { context, page, probes, serverTimeOf: (time) => time + offset, requests };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export async function measureFloor(env: Env): Promise<number> {
  const { context, probes } = await visit(env, '/__bench/floor.html', { link: true, body: false });
  await context.close();
  return probes.link!;
}

/**
 * `/`: first title, bytes until then and after the network is idle; once the main thread
 * is idle too, the heap after GC, then the scroll.
 */
export async function measureHome(env: Env): Promise<HomeRun> {
  const { context, page, probes, serverTimeOf, requests } = await visit(env, '/', { link: true, body: false });
  try {
    const paintMs = probes.link!;
    const beforePaint = env.server.bytesUntil(serverTimeOf(paintMs));
    await env.server.waitIdle();
    const afterIdle = env.server.bytesTotal();
    const requestLines = requests();
    await page.evaluate(MAIN_THREAD_IDLE);
    const heapBytes = await heapAfterGc(context, page);
    const scroll = await scrollAndWatch(page);
    const firstExpected = isOneOf(probes, env.targets.newest.slice(0, 1));
    return { paintMs, selector: probes.linkSelector, firstExpected, beforePaint, afterIdle, heapBytes, ...scroll, requests: requestLines };
  } finally {
    await context.close();
  }
}

/** CDP: two forced collections (HeapProfiler.collectGarbage), then Runtime.getHeapUsage. */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Wheel steps over the list (not the sidebar), a pause after each; long tasks are those
 * the init script's observer saw from the first step until a second after the last.
 */
async function scrollAndWatch(page: Page): Promise<Pick<HomeRun, 'longTasks' | 'longTaskMaxMs' | 'scrolledPx' | 'longTaskList'>> {
  await page.mouse.move(800, 500);
  const [start, fromY] = (await page.evaluate(SCROLL_STATE)) as [number, number, number];
  for (let step = 0; step < SCROLL_STEPS; step++) {
    await page.mouse.wheel(0, SCROLL_STEP_PX);
    await page.waitForTimeout(SCROLL_PAUSE_MS);
  }
  await page.waitForTimeout(1000);
  const [end, toY] = (await page.evaluate(SCROLL_STATE)) as [number, number, number];
  const { longTasks } = (await page.evaluate(READ_PROBES)) as ProbeState;
  const during = longTasks.filter(([time]) => time >= start && time <= end).map(([time, duration]) => [round(time - start), duration] as const);
  const durations = during.map(([, duration]) => duration);
  return { longTasks: during.length, longTaskMaxMs: Math.max(0, ...durations), scrolledPx: toY - fromY, longTaskList: during };
}

/** Whether the first title the probe found is one of `articles` (by id, else by title). */
function isOneOf(probes: ProbeState, articles: readonly ArticleRef[]): boolean {
  return articles.some((article) => article.id === probes.linkId || article.title === probes.linkText);
}

/**
 * A direct link: time to the probe, bundle bytes until then and after idle; `expected`
 * are the articles a list may start with (null for the reading view).
 */
export async function measureDirect(env: Env, path: string, options: ProbeOptions, expected: readonly ArticleRef[] | null): Promise<DirectRun> {
  const { context, probes, serverTimeOf, requests } = await visit(env, path, options);
  try {
    const ms = (options.body ? probes.body : probes.link)!;
    const untilShown = env.server.bytesUntil(serverTimeOf(ms));
    await env.server.waitIdle();
    const selector = options.body ? probes.bodySelector : probes.linkSelector;
    const firstExpected = expected === null ? null : isOneOf(probes, expected.slice(0, 1));
    return { ms, selector, firstExpected, untilShown, afterIdle: env.server.bytesTotal(), requests: requests() };
  } finally {
    await context.close();
  }
}

/** `/` until network and main thread are idle, the leaf's ancestors unfolded, then the timed click on the leaf. */
export async function measureFilter(env: Env): Promise<FilterRun> {
  const { context, page } = await visit(env, '/', { link: true, body: false });
  try {
    await env.server.waitIdle();
    const { path, newest } = env.targets.leaf;
    for (let depth = 1; depth < path.length; depth++) {
      if (!(await page.evaluate(expandNode(path.slice(0, depth))))) throw new Error(`no category ${path.slice(0, depth).join('/')} in the tree`);
      await page.waitForTimeout(100);
    }
    await env.server.waitIdle(300);
    await page.evaluate(MAIN_THREAD_IDLE);
    const script = clickCategory(
      path,
      newest.map((a) => a.id),
      newest.map((a) => a.title),
      CLICK_TIMEOUT,
    );
    return (await page.evaluate(script)) as ClickResult;
  } finally {
    await context.close();
  }
}
