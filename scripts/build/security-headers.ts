import { createHash } from 'node:crypto';

import { DomUtils, parseDocument } from 'htmlparser2';
import type { Plugin } from 'vite';

import { SECURITY_HEADERS, SERVICE_WORKER_POLICY, contentSecurityPolicy } from '../../src/shared/security-policy';

/** The SHA-256 (base64) of each inline script of `html`, as CSP hash sources name them. */
export function inlineScriptHashes(html: string): string[] {
  const doc = parseDocument(html, { decodeEntities: false });
  return DomUtils.getElementsByTagName('script', doc)
    .filter((script) => script.attribs.src === undefined)
    .map((script) => createHash('sha256').update(DomUtils.textContent(script), 'utf8').digest('base64'));
}

/** Cache rules of the site (README, Deploying): hashed files forever, the rest revalidated. */
const CACHE_RULES: readonly (readonly [string, string])[] = [
  ['/index.html', 'no-cache'],
  ['/sw.js', 'no-cache'],
  ['/data/manifest.json', 'no-cache'],
  ['/data/articles/*', 'no-cache'],
  ['/assets/*', 'public, max-age=31536000, immutable'],
  ['/data/meta/*', 'public, max-age=31536000, immutable'],
  ['/data/facets/*', 'public, max-age=31536000, immutable'],
  ['/data/timeline/*', 'public, max-age=31536000, immutable'],
  ['/data/stocks/*', 'public, max-age=31536000, immutable'],
  ['/data/search/*', 'public, max-age=31536000, immutable'],
];

/** `_headers` (Netlify, Cloudflare Pages): every path gets the policy; sw.js adds its own. */
export function headersFile(policy: string, base: string): string {
  const lines = [
    '# Written by the build (scripts/build/security-headers.ts, policy in src/shared/security-policy.ts).',
    `${base}*`,
    `  Content-Security-Policy: ${policy}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    `${base}sw.js`,
    `  Content-Security-Policy: ${SERVICE_WORKER_POLICY}`,
    ...CACHE_RULES.map(([path, value]) => `${base}${path.slice(1)}\n  Cache-Control: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * An nginx snippet for the site's `server` block. nginx's add_header does not inherit
 * into a location that sets its own, so each location repeats the security headers.
 */
export function nginxSnippet(policy: string, base: string): string {
  const security = [
    `add_header Content-Security-Policy "${policy}" always;`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} "${value}" always;`),
  ];
  const block = (location: string, extra: readonly string[]) =>
    [`location ${location} {`, ...[...security, ...extra].map((line) => `    ${line}`), '}'].join('\n');
  const worker = [
    `location = ${base}sw.js {`,
    `    add_header Content-Security-Policy "${SERVICE_WORKER_POLICY}" always;`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `    add_header ${name} "${value}" always;`),
    '    add_header Cache-Control "no-cache" always;',
    '}',
  ].join('\n');
  return [
    '# Written by the build (scripts/build/security-headers.ts). Include it in the server block',
    '# that serves dist/: `include /path/to/dist/nginx/ducai-security.conf;`',
    worker,
    block(`~ ^${base}(assets|data/(meta|facets|timeline|stocks|search))/`, ['add_header Cache-Control "public, max-age=31536000, immutable" always;']),
    block(`${base}data/`, ['add_header Cache-Control "no-cache" always;']),
    block(base, ['add_header Cache-Control "no-cache" always;', `try_files $uri ${base}index.html;`]),
    '',
  ].join('\n');
}

/**
 * Build only (the dev server injects inline scripts of its own): puts the Content
 * Security Policy into index.html as the first element of <head>, with the hashes of the
 * inline scripts as the built page has them, and writes `_headers` and
 * `nginx/ducai-security.conf` beside it with the same policy plus the headers a <meta>
 * cannot carry.
 */
export function securityHeaders(): Plugin {
  let base = '/';
  let policy: string | null = null;
  return {
    name: 'ducai-security-headers',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = inlineScriptHashes(html);
        policy = contentSecurityPolicy(hashes);
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(hashes, { forMeta: true }) },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    generateBundle() {
      if (policy === null) this.error('index.html was not transformed: no policy to write');
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(policy, base) });
      this.emitFile({ type: 'asset', fileName: 'nginx/ducai-security.conf', source: nginxSnippet(policy, base) });
    },
  };
}
