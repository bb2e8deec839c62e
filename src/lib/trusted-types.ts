import type { Config } from 'dompurify';

import { TRUSTED_TYPES_POLICY_NAME } from '../shared/security-policy';

/**
 * The app's two Trusted Types policies (the CSP allows no other names: see SECURITY.md
 * and src/shared/security-policy.ts). Under `require-trusted-types-for 'script'` the
 * browser refuses strings at script sinks, and the app reaches two:
 * - `ducai`, createHTML only, and only inside parseWithPolicy: while DOMPurify parses an
 *   article body into an inert document it then sanitizes (src/lib/sanitize-article-html.ts),
 *   or while a body is parsed into an inert document only to read its text
 *   (parseInertHtml, for search snippets); at any other time it throws. The app never
 *   puts an HTML string into a page: the sanitized fragment becomes React elements.
 * - `default`, createScriptURL only, for exactly the service worker's script URL. The
 *   browser consults the default policy when a string reaches a script sink; the one
 *   string the app passes is the worker's URL, in vite-plugin-pwa's register module
 *   (it gives workbox-window the URL as a string literal). Every other string, and every
 *   HTML or script string, is refused as before.
 * Where the browser has no Trusted Types (and in tests), strings pass as they are.
 */
type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): Policy;
  createPolicy(name: 'default', rules: { createScriptURL(input: string): string | null }): unknown;
}

let parsing = 0;

let policy: Policy | null | undefined;

function ducaiPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  policy = factory
    ? factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
        createHTML(input) {
          if (parsing === 0) throw new TypeError('ducai: HTML is only parsed by the article sanitizer');
          return input;
        },
      })
    : null;
  return policy;
}

/**
 * Runs `parse` (the sanitizer's call into DOMPurify) with the policy it must hand to
 * DOMPurify as TRUSTED_TYPES_POLICY (null without Trusted Types, which tells DOMPurify
 * to use none).
 */
export function parseWithPolicy<T>(parse: (policy: Policy | null) => T): T {
  parsing++;
  try {
    return parse(ducaiPolicy());
  } finally {
    parsing--;
  }
}

/**
 * `html` parsed into an inert document (DOMParser: no script runs, nothing loads), for
 * reading only. Never insert its nodes into the page: that is what the sanitizer is for.
 */
export function parseInertHtml(html: string): Document {
  return parseWithPolicy((trusted) =>
    // Without Trusted Types the string is what DOMParser takes; with them, the policy's value.
    new DOMParser().parseFromString((trusted ? trusted.createHTML(html) : html) as string, 'text/html'),
  );
}

let defaultPolicyCreated = false;

/**
 * Lets the service worker's script URL, and no other string, through the browser's
 * script-URL sinks (the `default` policy). Call once, before the worker is registered.
 */
export function allowServiceWorkerScript(url: string): void {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory || defaultPolicyCreated) return;
  defaultPolicyCreated = true;
  // null refuses: the sink throws and the browser reports the violation.
  factory.createPolicy('default', { createScriptURL: (input) => (input === url ? input : null) });
}
