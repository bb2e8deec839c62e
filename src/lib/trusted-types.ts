import type { Config } from 'dompurify';

/**
 * The app's one Trusted Types policy, `ducai` (the CSP allows no other name: see
 * SECURITY.md and scripts/csp/): under `require-trusted-types-for 'script'` the browser
 * refuses strings at script sinks, and these are the only two the app reaches.
 * - createScriptURL: the service worker's script, and nothing else.
 * - createHTML: only inside parseWithPolicy: while DOMPurify parses an article body into
 *   an inert document it then sanitizes (src/lib/sanitize-article-html.ts), or while a
 *   body is parsed into an inert document only to read its text (parseInertHtml, for
 *   search snippets); at any other time it throws. The app never puts an HTML string
 *   into a page: the sanitized fragment becomes React elements.
 * Where the browser has no Trusted Types (and in tests), strings pass as they are.
 */
type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): Policy;
}

export const POLICY_NAME = 'ducai';

let parsing = 0;
let allowedScriptUrl: string | null = null;

let policy: Policy | null | undefined;

function ducaiPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  policy = factory
    ? factory.createPolicy(POLICY_NAME, {
        createHTML(input) {
          if (parsing === 0) throw new TypeError('ducai: HTML is only parsed by the article sanitizer');
          return input;
        },
        createScriptURL(input) {
          if (input !== allowedScriptUrl) throw new TypeError(`ducai: ${input} is not the service worker`);
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

/** The service worker's URL as the browser's register() will take it under Trusted Types. */
export function serviceWorkerScriptUrl(url: string): string | ReturnType<Policy['createScriptURL']> {
  allowedScriptUrl = url;
  const trusted = ducaiPolicy();
  return trusted ? trusted.createScriptURL(url) : url;
}
