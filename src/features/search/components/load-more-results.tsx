import { useEffect, useRef } from 'react';

import { Button } from '../../../components/button';
import { searchStrings } from '../search-strings';
import type { SearchSummary } from '../use-search-list';

/**
 * Below a search's results while some are not loaded (or not yet checked): loads the
 * next ones when it scrolls into view, as a feed does, or when pressed — only when
 * pressed once checking has found nothing for a while (summary.autoLoad).
 */
export function LoadMoreResults({ summary }: { readonly summary: SearchSummary }) {
  const button = useRef<HTMLButtonElement>(null);
  const { loadMore, remaining, unchecked, loading, autoLoad } = summary;
  const latest = useRef(loadMore);
  useEffect(() => {
    latest.current = loadMore;
  });
  const shown = remaining > 0;
  // Observed again after each load: a button still in view asks for the next batch.
  useEffect(() => {
    const target = button.current;
    if (!shown || !target || loading || !autoLoad) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) latest.current();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [shown, loading, autoLoad]);
  if (!shown) return null;
  return (
    <div className="mt-3 flex justify-center px-4">
      <Button ref={button} onClick={loadMore} disabled={loading}>
        {loading ? searchStrings.loading : unchecked > 0 ? searchStrings.checkMore(unchecked) : searchStrings.loadMore(remaining)}
      </Button>
    </div>
  );
}
