/**
 * Characters that change how text is shown without being text: bidirectional controls
 * (an RLO turns "moc.evil" into "live.com") and invisible ones (zero-width spaces and
 * joiners, word joiners, the BOM, soft hyphens, the Mongolian vowel separator), plus C0
 * and C1 controls other than tab and line breaks. None of them belongs in a headline, a
 * source, a category, a stock's name or a link's text; both sides strip them there
 * (the ingest when it writes, the app's schema checks when they read). ZWJ goes too:
 * emoji sequences degrade to their parts, which is the price of no hidden characters.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds, on purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/g;

/** Bidi controls only: what body text (not only labels) loses on both sides. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text without hidden characters, whitespace runs collapsed to one space, trimmed. */
export function displayText(text: string): string {
  return text
    .replace(HIDDEN, '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

/** `text` without bidi controls (body text keeps its zero-width characters and spacing). */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI, '');
}

/** At most `max` UTF-16 units, never cutting a surrogate pair, with "…" when cut. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
