import type { HeadersFor } from './serve-copy';

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a path line (`/*`,
 * `/assets/*`, `/sw.js`), then indented `Name: value` lines; every rule whose path
 * matches applies, and a header set by several rules is sent once per rule.
 */
export function headersFromFile(text: string): HeadersFor {
  const rules: { readonly path: string; readonly headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return (path) => {
    const out: Record<string, string[]> = {};
    for (const rule of rules) {
      if (!matches(rule.path, path)) continue;
      for (const [name, value] of rule.headers) (out[name] ??= []).push(value);
    }
    return out;
  };
}
