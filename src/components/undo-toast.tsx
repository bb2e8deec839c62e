import { useEffect, useRef, useState } from 'react';

import { strings } from '../shared/strings';

export const UNDO_TOAST_MS = 6000;

interface UndoToastProps {
  /** What was done; null hides the toast. */
  readonly message: string | null;
  /** Changes whenever the message is renewed (another removal), restarting the time. */
  readonly stamp: number;
  readonly onUndo: () => void;
  readonly onExpire: () => void;
}

/**
 * "已移除… 撤销" at the bottom of the window for about six seconds. The live region is
 * always in the page so screen readers announce each message; the time stops while the
 * pointer or the focus is on the toast.
 */
export function UndoToast({ message, stamp, onUndo, onExpire }: UndoToastProps) {
  const [held, setHeld] = useState(false);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    if (message === null || held) return;
    const timer = window.setTimeout(() => expire.current(), UNDO_TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [message, stamp, held]);

  useEffect(() => {
    if (message === null) setHeld(false);
  }, [message]);

  return (
    <div role="status" className="pointer-events-none fixed inset-x-3 bottom-[max(0.75rem,env(safe-area-inset-bottom))] z-40 flex justify-center">
      {message !== null && (
        <div
          onPointerEnter={() => setHeld(true)}
          onPointerLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
          className="pointer-events-auto flex w-full max-w-md items-center gap-3 rounded-xl bg-ink py-2 pr-2 pl-4 text-sm text-paper shadow-lg"
        >
          <p className="min-w-0 flex-1 truncate">{message}</p>
          <button
            type="button"
            onClick={onUndo}
            className="inline-flex min-h-10 shrink-0 items-center rounded-lg px-4 font-semibold text-paper underline-offset-4 hover:bg-paper/15 hover:underline"
          >
            {strings.common.undo}
          </button>
        </div>
      )}
    </div>
  );
}
