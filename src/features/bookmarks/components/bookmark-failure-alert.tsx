import { useQueryClient } from '@tanstack/react-query';
import { createPortal } from 'react-dom';

import { strings } from '../../../shared/strings';
import { dismissBookmarkFailure, type BookmarkFailure } from '../bookmark-writes';

interface BookmarkFailureAlertProps {
  readonly failure: BookmarkFailure;
  /** Floating at the bottom of the window (beside a toggle) or in the page's flow. */
  readonly floating?: boolean;
}

/** A write that failed: what, why, and that nothing changed. Stays until dismissed. */
export function BookmarkFailureAlert({ failure, floating = false }: BookmarkFailureAlertProps) {
  const queryClient = useQueryClient();
  const alert = (
    <div
      role="alert"
      className={`flex items-start gap-3 border border-accent/50 bg-surface p-4 text-left text-sm text-ink ${
        floating
          ? 'fixed inset-x-3 bottom-[max(0.75rem,env(safe-area-inset-bottom))] z-40 mx-auto max-w-md rounded-xl shadow-lg'
          : 'mx-4 mb-4 rounded-xl sm:mx-0'
      }`}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-accent">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10 5.5v5.5M10 13.6v.4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{strings.bookmarks.failureTitle[failure.action]}</p>
        <p className="mt-1 text-muted">{strings.bookmarks.problems[failure.problem]}</p>
      </div>
      <button
        type="button"
        onClick={(event) => {
          event.stopPropagation();
          dismissBookmarkFailure(queryClient);
        }}
        className="-my-1 inline-flex min-h-9 shrink-0 items-center rounded-lg px-3 text-sm font-medium text-accent hover:bg-accent-soft"
      >
        {strings.bookmarks.dismiss}
      </button>
    </div>
  );
  return floating ? createPortal(alert, document.body) : alert;
}
