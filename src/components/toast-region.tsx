import { useState, type ReactNode } from 'react';

import { ToastRegionContext } from './toast-region-context';

/*
 * Fixed to the bottom of the window, clear of the notch and the home indicator, above
 * the page and its sticky header (z-20). The region itself lets clicks through; its
 * children take them. They stack in a column, each as wide as a phone's screen allows:
 * the spacing is between children that show something, since an undo toast keeps its
 * empty live region here while it has nothing to say (a gap would count it).
 */
const REGION_CLASS = [
  'pointer-events-none fixed z-40 flex flex-col items-center',
  'bottom-[max(0.75rem,env(safe-area-inset-bottom))] sm:bottom-[max(1.5rem,env(safe-area-inset-bottom))]',
  'left-[max(0.75rem,env(safe-area-inset-left))] right-[max(0.75rem,env(safe-area-inset-right))]',
  '*:pointer-events-auto *:w-full *:max-w-md [&>:not(:empty)~:not(:empty)]:mt-2',
].join(' ');

/**
 * The one place at the bottom of the window where toasts show (撤销, a failed write, 有新
 * 版本), stacked instead of on top of each other. Mounted once, around the page: what
 * it gives its children through context is the element only; each <Toast> portals into
 * it, and which toasts show is still each one's own state.
 */
export function ToastRegion({ children }: { readonly children: ReactNode }) {
  const [region, setRegion] = useState<HTMLDivElement | null>(null);
  return (
    <ToastRegionContext value={region}>
      {children}
      <div ref={setRegion} data-toast-region="" className={REGION_CLASS} />
    </ToastRegionContext>
  );
}
