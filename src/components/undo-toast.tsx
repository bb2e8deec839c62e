import { useEffect, useRef, useState } from 'react';

import { strings } from '../shared/strings';
import { Button } from './button';
import { Toast } from './toast';

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
 * "已移除… 撤销" in the toast region for about six seconds. The live region is always in
 * the page (empty, it takes no room in the region) so screen readers announce each
 * message; the time stops while the pointer or the focus is on the toast.
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
    <Toast>
      <div role="status">
        {message !== null && (
          <div
            onPointerEnter={() => setHeld(true)}
            onPointerLeave={() => setHeld(false)}
            onFocus={() => setHeld(true)}
            onBlur={() => setHeld(false)}
            className="flex items-center gap-3 rounded-xl bg-ink py-2 pr-2 pl-4 text-sm text-paper shadow-lg"
          >
            <p className="min-w-0 flex-1 truncate">{message}</p>
            <Button variant="inverse" size="md" onClick={onUndo}>
              {strings.common.undo}
            </Button>
          </div>
        )}
      </div>
    </Toast>
  );
}
