import { canonicalUrl } from '../../../shared/html-policy';

export interface SourceUrl {
  readonly url: string | null;
  /** Set when the post named a link but none was usable, for the report. */
  readonly warning: string | null;
}

const HTTP = /^https?:\/\//i;

/**
 * The article's link to its source site: the first of the front matter's links
 * (`link`, `source`, `url`) that is an absolute http(s) URL, in canonical form
 * (html-policy.ts: punycode host, percent-encoded path, so the link shows what it opens). The reader
 * opens it in a new tab, so nothing else qualifies: no javascript: or data:, no
 * root-relative paths (they would point into Ducai itself). When links were given but
 * none qualifies, null and a warning naming the first.
 */
export function pickSourceUrl(links: readonly string[]): SourceUrl {
  for (const link of links) {
    const url = HTTP.test(link) ? canonicalUrl(link, 'link') : null;
    if (url !== null) return { url, warning: null };
  }
  const first = links[0];
  if (first === undefined) return { url: null, warning: null };
  return { url: null, warning: `source link dropped: not an http(s) URL ${truncate(first)}` };
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
