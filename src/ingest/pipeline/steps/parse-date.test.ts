import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date';

describe('parseDate', () => {
  it.each([
    ['RFC 1123 in GMT, as the seed', 'Thu, 10 Feb 2022 12:50:43 GMT', '2022-02-10T12:50:43.000Z'],
    ['RFC 1123 without weekday', '10 Feb 2022 12:50:43 GMT', '2022-02-10T12:50:43.000Z'],
    ['RFC 1123 with numeric zone', 'Thu, 10 Feb 2022 20:50:43 +0800', '2022-02-10T12:50:43.000Z'],
    ['RFC 1123 without seconds', 'Thu, 10 Feb 2022 20:50 +08:00', '2022-02-10T12:50:00.000Z'],
    ['RFC 1123 with full month name', '1 March 2024 00:00:00 UTC', '2024-03-01T00:00:00.000Z'],
    ['ISO 8601 in UTC', '2022-02-10T12:50:43Z', '2022-02-10T12:50:43.000Z'],
    ['ISO 8601 with offset', '2022-02-10T20:50:43+08:00', '2022-02-10T12:50:43.000Z'],
    ['ISO 8601 with fraction', '2022-02-10T12:50:43.25Z', '2022-02-10T12:50:43.250Z'],
    ['ISO 8601 west of UTC', '2022-02-10T07:50:43-05:00', '2022-02-10T12:50:43.000Z'],
    ["Hexo's local form means Beijing time", '2022-02-10 20:50:43', '2022-02-10T12:50:43.000Z'],
    ['local form without seconds', '2022-02-10 20:50', '2022-02-10T12:50:00.000Z'],
    ['a day alone starts in Beijing', '2022-02-10', '2022-02-09T16:00:00.000Z'],
    ['slashes and single digits', '2022/2/1 8:05:00', '2022-02-01T00:05:00.000Z'],
    ['Beijing midnight crosses the UTC day back', '2026-01-01 00:30:00', '2025-12-31T16:30:00.000Z'],
    ['leap day', '2024-02-29 12:00:00', '2024-02-29T04:00:00.000Z'],
    ['surrounding whitespace', '  2022-02-10T12:50:43Z  ', '2022-02-10T12:50:43.000Z'],
  ])('%s: %s', (_name, input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['words', 'yesterday'],
    ['Chinese date words', '2025年7月14日 上午'],
    ['no such day', '2022-02-30 10:00:00'],
    ['no leap day', '2023-02-29'],
    ['no such hour', '2022-02-10 25:00:00'],
    ['no such month', 'Thu, 10 Foo 2022 12:50:43 GMT'],
    ['unknown zone', 'Thu, 10 Feb 2022 12:50:43 XYZ'],
    ['offset out of range', '2022-02-10T12:50:43+23:00'],
    ['empty', ''],
    ['year out of range', '0001-01-01'],
  ])('rejects %s: %s', (_name, input) => {
    const result = parseDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('unparseable date');
  });
});
