const ROWS = [92, 74, 86, 64, 80, 70];

/** Placeholder with the list's own layout, so nothing jumps when the titles arrive. */
export function ArticleListSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">正在加载资讯…</span>
      <ul
        aria-hidden="true"
        className="animate-pulse divide-y divide-stone-200 border-y border-stone-200 bg-white sm:rounded-xl sm:border sm:shadow-sm"
      >
        {ROWS.map((width, index) => (
          <li key={index} className="px-4 py-4 sm:px-6">
            <div className="h-[18px] rounded bg-stone-200" style={{ width: `${width}%` }} />
            <div className="mt-2.5 h-3.5 w-40 rounded bg-stone-100" />
          </li>
        ))}
      </ul>
    </div>
  );
}
