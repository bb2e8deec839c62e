/**
 * The HTTP security policy of the built site, as data: the Vite build writes it into
 * index.html as a <meta> (for hosts that cannot send headers), into `_headers` (Netlify,
 * Cloudflare Pages and hosts that read that file) and into an nginx snippet
 * (`nginx/ducai-security.conf`); e2e/csp.spec.ts serves the app behind the same headers
 * and fails on any violation. SECURITY.md explains each line.
 *
 * The page may run only its own scripts (the two small inline ones in index.html are
 * allowed by their SHA-256, computed at build time), load only its own styles, fonts and
 * manifest, load images from itself or any https host (articles embed Sina's), fetch
 * from itself and https hosts (the service worker and the bookmark image cache fetch
 * article images), and reach a script sink only through its two Trusted Types policies
 * (src/lib/trusted-types.ts): `ducai` for the sanitizer's inert parse, and `default`,
 * which lets through the service worker's URL and nothing else. Nothing may frame it.
 */
export const TRUSTED_TYPES_POLICY_NAME = 'ducai';

/** `'sha256-…'` sources for the inline scripts, in the order they appear. */
export function contentSecurityPolicy(scriptHashes: readonly string[], { forMeta = false }: { readonly forMeta?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((hash) => ` 'sha256-${hash}'`).join('')}`,
    "style-src 'self'",
    "img-src 'self' https: data:",
    "connect-src 'self' https:",
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // Browsers ignore frame-ancestors in a <meta> (and warn): headers only.
    ...(forMeta ? [] : ["frame-ancestors 'none'"]),
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICY_NAME} default`,
  ];
  return directives.join('; ');
}

/**
 * The service worker's own policy (a worker is governed by the headers of its script):
 * it fetches the bundle and https images, imports no script, creates no policy.
 */
export const SERVICE_WORKER_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self' https:",
  "img-src 'self' https: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/** Sent with every response of the site. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
