import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from './support/offline-test';
import { headersFromFile } from './support/headers-file';
import { E2E_OUT } from './support/e2e-out';
import { serveCopy } from './support/serve-copy';

/**
 * The app behind its own security headers (issue 12, 10): the journeys' build served by
 * a small static host that sends what the build's `_headers` says (the same policy as
 * the <meta> in index.html and the nginx snippet), with the service worker allowed. The
 * inline theme script must run (its hash is in the policy), Trusted Types must let the
 * worker register and DOMPurify parse, and no page may report a single violation.
 */
const DIST = join(import.meta.dirname, '..', E2E_OUT);

test.use({ serviceWorkers: 'allow' });

test('the app runs under a strict CSP with Trusted Types, with no violation anywhere', async ({ page, context, request }) => {
  const host = await serveCopy(DIST, headersFromFile(readFileSync(join(DIST, '_headers'), 'utf8')));
  try {
    const headers = (await request.get(`${host.origin}/`)).headers();
    expect(headers['content-security-policy']).toContain("require-trusted-types-for 'script'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    expect((await request.get(`${host.origin}/sw.js`)).headers()['content-security-policy']).toContain("trusted-types 'none'");

    const reported: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScriptURL/i.test(message.text())) reported.push(message.text());
    });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
      localStorage.setItem('ducai:reading-settings:v1', JSON.stringify({ theme: 'dark' }));
    });
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

    await page.goto(`${host.origin}/`);
    // The inline script ran before the app: the dark reader sees no light flash.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const first = page.locator('main article [data-article-link]').first();
    await expect(first).toBeVisible();

    // DOMPurify parses the body through the policy; links, stocks and images render.
    await page.getByRole('link', { name: '白酒板块震荡回升 贵州茅台成交额居前' }).click();
    await expect(page.locator('[data-article-body]')).toContainText('贵州茅台');
    expect(await violations()).toEqual([]);

    await page.getByRole('searchbox', { name: '搜索资讯' }).fill('茅台');
    await expect(page).toHaveURL(/q=/);
    await expect(page.locator('main article [data-article-link]').first()).toBeVisible();
    await page.goto(`${host.origin}/stocks`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto(`${host.origin}/bookmarks`);
    await expect(page.getByRole('heading', { level: 1, name: '我的收藏' })).toBeVisible();

    // Trusted Types let the service worker register; after a reload it controls the page.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active !== null)).toBe(true);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: '我的收藏' })).toBeVisible();

    expect(await violations()).toEqual([]);
    expect(reported).toEqual([]);
  } finally {
    await host.close();
  }
});

test('Trusted Types let through the service worker’s URL and no other string at a script sink', async ({ page }) => {
  const host = await serveCopy(DIST, headersFromFile(readFileSync(join(DIST, '_headers'), 'utf8')));
  try {
    await page.goto(`${host.origin}/`);
    await expect(page.locator('main article [data-article-link]').first()).toBeVisible();
    const refused = await page.evaluate(async () => {
      // What the attempt threw (Trusted Types throw a TypeError), or 'ran'.
      const refuses = async (attempt: () => unknown) => {
        try {
          await attempt();
          return 'ran';
        } catch (error) {
          return error instanceof Error ? error.name : 'thrown';
        }
      };
      return {
        otherWorker: await refuses(() => navigator.serviceWorker.register('/evil-sw.js')),
        scriptSrc: await refuses(() => {
          document.createElement('script').src = '/sw.js?x';
        }),
        innerHTML: await refuses(() => {
          document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
        }),
        theWorker: await refuses(() => navigator.serviceWorker.register('/sw.js', { scope: '/' })),
      };
    });
    expect(refused).toEqual({ otherWorker: 'TypeError', scriptSrc: 'TypeError', innerHTML: 'TypeError', theWorker: 'ran' });
  } finally {
    await host.close();
  }
});
