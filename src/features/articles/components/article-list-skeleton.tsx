import { strings } from '../../../shared/strings';

const ROWS = [92, 74, 86, 64, 80, 70];

/** Placeholder with the list's own layout, so nothing jumps when the titles arrive. */
export function ArticleListSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{strings.list.loading}</span>
      <ul aria-hidden="true" className="animate-pulse divide-y divide-line border-y border-line bg-surface sm:rounded-xl sm:border">
        {ROWS.map((width, index) => (
          <li key={index} className="px-4 py-4 sm:px-5">
            <div className="h-[18px] rounded bg-sunken" style={{ width: `${width}%` }} />
            <div className="mt-2.5 h-3.5 w-40 rounded bg-sunken" />
            <div className="mt-3 h-3.5 w-full rounded bg-sunken" />
          </li>
        ))}
      </ul>
    </div>
  );
}
