import { useQueryClient } from '@tanstack/react-query';

import { Button } from '../../../components/button';
import { Icon } from '../../../components/icon';
import { Toast } from '../../../components/toast';
import { bookmarkStrings } from '../bookmark-strings';
import { dismissBookmarkFailure, type BookmarkFailure } from '../bookmark-writes';

interface BookmarkFailureAlertProps {
  readonly failure: BookmarkFailure;
  /** In the toast region (beside a toggle) or in the page's flow. */
  readonly floating?: boolean;
}

/** A write that failed: what, why, and that nothing changed. Stays until dismissed. */
export function BookmarkFailureAlert({ failure, floating = false }: BookmarkFailureAlertProps) {
  const queryClient = useQueryClient();
  const alert = (
    <div
      role="alert"
      className={`flex items-start gap-3 rounded-xl border border-accent/50 bg-surface p-4 text-left text-sm text-ink ${floating ? 'shadow-lg' : 'mx-4 mb-4 sm:mx-0'}`}
    >
      <Icon name="alert" className="mt-0.5 size-5 text-accent" />
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{bookmarkStrings.failureTitle[failure.action]}</p>
        <p className="mt-1 text-muted">{bookmarkStrings.problems[failure.problem]}</p>
      </div>
      <Button
        variant="accent"
        size="sm"
        className="-my-1"
        onClick={(event) => {
          // The toast is a portal: React bubbles its clicks to the list row around the toggle.
          event.stopPropagation();
          dismissBookmarkFailure(queryClient);
        }}
      >
        {bookmarkStrings.dismiss}
      </Button>
    </div>
  );
  return floating ? <Toast>{alert}</Toast> : alert;
}
