import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** How long the confirmation (or the failure hint) stays before the button reads as before. */
const SHOWN_MS = { copied: 2500, failed: 6000 } as const;

/** The Clipboard API where the page may use it, else the old selection-and-execCommand way. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the fallback below.
  }
  const previousFocus = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (previousFocus instanceof HTMLElement) previousFocus.focus();
  return copied;
}

/** Copies a link and says how it went, for a while, in `state`. */
export function useCopyLink(): { readonly state: CopyState; readonly copy: (url: string) => void } {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback((url: string) => {
    void copyText(url).then((copied) => {
      const next = copied ? 'copied' : 'failed';
      setState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), SHOWN_MS[next]);
    });
  }, []);

  return { state, copy };
}
