import { BundleError } from '../lib/bundle-error';

/** Where the bundle lives: the build copies it to dist/data, `npm run dev` to public/data. */
const BUNDLE_BASE = `${import.meta.env.BASE_URL}data/`;

/**
 * Fetches one bundle file, e.g. "manifest.json" or "meta/abcdefghij.json", and parses it.
 * `cache: 'no-cache'` revalidates with the server (a conditional request), for files whose
 * URL does not change with their content.
 *
 * The result is `unknown` on purpose: callers must check its shape before trusting it.
 * Throws a BundleError for every failure except an aborted request.
 */
export async function fetchBundleJson(path: string, signal?: AbortSignal, cache?: RequestCache): Promise<unknown> {
  const url = BUNDLE_BASE + path;
  let response: Response;
  try {
    // Asking for JSON only keeps Vite's SPA fallback from answering a missing file with index.html.
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: signal ?? null, ...(cache ? { cache } : {}) });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new BundleError('network', `${path}: request failed`, { cause, file: path });
  }

  if (response.status === 404) {
    throw new BundleError('missing', `${path}: 404 Not Found`, { status: 404, file: path });
  }
  if (!response.ok) {
    throw new BundleError('http', `${path}: HTTP ${response.status}`, { status: response.status, file: path });
  }

  const text = await response.text();
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch (cause) {
    // A host with a catch-all rewrite answers a missing file with the app's HTML page.
    const looksLikeHtml = text.trimStart().startsWith('<');
    throw new BundleError(looksLikeHtml ? 'missing' : 'invalid', looksLikeHtml ? `${path}: got an HTML page instead of JSON` : `${path}: not valid JSON`, {
      cause,
      status: response.status,
      file: path,
      field: '',
    });
  }
}
