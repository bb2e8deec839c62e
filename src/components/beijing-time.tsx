import { formatBeijingDate } from '../shared/format-beijing-date';
import { strings } from '../shared/strings';

/** Whether the reader's own clock shows Beijing time (UTC+8, no daylight saving) at `iso`. */
export function readerIsOnBeijingTime(iso: string): boolean {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.getTimezoneOffset() === -480;
}

interface BeijingTimeProps {
  /** An ISO instant. */
  readonly iso: string;
  /** Text around the time, e.g. 收藏于 {time}. */
  readonly format?: (time: string) => string;
  readonly className?: string;
  /** Whether to say 北京时间 visibly (a lone time) or on hover only (a list of times). */
  readonly label?: boolean;
}

/**
 * A date and time as the news gives it, in Beijing time whatever the reader's zone.
 * Where the reader's own zone differs, the time says so: a small 北京时间 after it, and
 * the reader's local time on hover. On Beijing time it is just the time.
 */
export function BeijingTime({ iso, format = (time) => time, className = '', label = true }: BeijingTimeProps) {
  const text = format(formatBeijingDate(iso));
  if (readerIsOnBeijingTime(iso)) {
    return (
      <time dateTime={iso} className={`tabular-nums ${className}`}>
        {text}
      </time>
    );
  }
  const local = new Date(iso).toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <time dateTime={iso} title={strings.time.localHint(local)} className={`tabular-nums ${className}`}>
      {text}
      {label && <span className="ml-1 text-[0.85em] text-faint">{strings.time.beijing}</span>}
    </time>
  );
}
