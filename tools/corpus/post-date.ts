// The three date shapes production posts carry. Formatting is done by hand from
// UTC fields so the output never depends on the machine's time zone.

export type DateStyle =
  /** `Thu, 10 Feb 2022 12:50:43 GMT`, what the scraper writes. */
  | { readonly kind: 'rfc1123' }
  /** `2022-02-10T20:50:43+08:00`, `2022-02-10T12:50:43Z`, optionally with milliseconds. */
  | { readonly kind: 'iso'; readonly offsetMinutes: number; readonly zulu: boolean; readonly millis: boolean }
  /** `2022-02-10 20:50:43`, Hexo's own format: wall time in an unstated zone. */
  | { readonly kind: 'hexo'; readonly offsetMinutes: number };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function wallClock(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` + ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

function offsetSuffix(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Formats the instant `ms` (Unix milliseconds) in `style`. */
export function formatPostDate(ms: number, style: DateStyle): string {
  switch (style.kind) {
    case 'rfc1123':
      // toUTCString is specified (ECMA-262 Date.prototype.toUTCString) to produce
      // exactly this shape, weekday included.
      return new Date(ms).toUTCString();
    case 'hexo':
      return wallClock(ms, style.offsetMinutes);
    case 'iso': {
      const offset = style.zulu ? 0 : style.offsetMinutes;
      const millis = style.millis ? `.${pad(new Date(ms).getUTCMilliseconds(), 3)}` : '';
      const zone = style.zulu ? 'Z' : offsetSuffix(offset);
      return wallClock(ms, offset).replace(' ', 'T') + millis + zone;
    }
  }
}
