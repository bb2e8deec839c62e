const BEIJING = 'Asia/Shanghai';

const timeParts = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

const withoutYear = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BEIJING,
  month: 'long',
  day: 'numeric',
  ...timeParts,
});

const withYear = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BEIJING,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  ...timeParts,
});

const yearOnly = new Intl.DateTimeFormat('en-US', { timeZone: BEIJING, year: 'numeric' });

/**
 * Formats an ISO instant as Beijing wall-clock time, whatever the reader's own time zone:
 * "2月10日 20:50", or "2021年2月10日 20:50" when the year differs from the current
 * Beijing year. Returns the input unchanged when it is not a valid date.
 */
export function formatBeijingDate(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = yearOnly.format(date) === yearOnly.format(now);
  return (sameYear ? withoutYear : withYear).format(date);
}
