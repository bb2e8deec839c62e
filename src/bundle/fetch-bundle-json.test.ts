import { afterEach, describe, expect, it, vi } from 'vitest';

import { BundleError } from '../lib/bundle-error';
import { fetchBundleJson } from './fetch-bundle-json';

function stubFetch(respond: () => Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(respond);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function caught(promise: Promise<unknown>): Promise<BundleError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof BundleError)) throw new Error(`expected a BundleError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchBundleJson', () => {
  it('fetches below BASE_URL/data/ asking for JSON, and returns the parsed body', async () => {
    const fetchMock = stubFetch(async () => Response.json({ ok: 1 }));
    await expect(fetchBundleJson('meta/page-0001.json')).resolves.toEqual({ ok: 1 });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`${import.meta.env.BASE_URL}data/meta/page-0001.json`);
    expect(new Headers(init?.headers).get('accept')).toBe('application/json');
  });

  it.each([
    { name: '404', response: () => new Response('', { status: 404 }), kind: 'missing', transient: false },
    {
      name: 'SPA fallback HTML',
      response: () => new Response('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }),
      kind: 'missing',
      transient: false,
    },
    { name: 'broken JSON', response: () => new Response('{"schemaVersion":'), kind: 'invalid', transient: false },
    { name: '503', response: () => new Response('', { status: 503 }), kind: 'http', transient: true },
    { name: '403', response: () => new Response('', { status: 403 }), kind: 'http', transient: false },
  ])('$name → $kind', async ({ response, kind, transient }) => {
    stubFetch(async () => response());
    const error = await caught(fetchBundleJson('manifest.json'));
    expect(error.kind).toBe(kind);
    expect(error.isTransient).toBe(transient);
    expect(error.message).toContain('manifest.json');
  });

  it('a failed request is a transient network error', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await caught(fetchBundleJson('manifest.json'));
    expect(error.kind).toBe('network');
    expect(error.isTransient).toBe(true);
  });

  it('an aborted request rethrows the abort, not a BundleError', async () => {
    const controller = new AbortController();
    controller.abort();
    stubFetch(async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(fetchBundleJson('manifest.json', controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
