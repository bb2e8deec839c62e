import { useId } from 'react';
import { createPortal } from 'react-dom';

import { strings } from '../../../shared/strings';
import { applyUpdate, dismissUpdate, useServiceWorkerUpdate } from '../service-worker';

/**
 * 有新版本 · 重新加载: shown when a new deployment's service worker is installed and
 * waiting. Rendered into <body>, since the sticky header (backdrop-filter) would otherwise
 * be the containing block of a fixed element. Reloading keeps bookmarks and settings.
 */
export function UpdatePrompt() {
  const update = useServiceWorkerUpdate();
  const titleId = useId();
  if (update === 'none' || typeof document === 'undefined') return null;

  return createPortal(
    <section
      aria-labelledby={titleId}
      className="fixed inset-x-3 bottom-3 z-40 rounded-xl border border-line bg-surface p-4 text-ink shadow-lg sm:inset-x-auto sm:right-6 sm:bottom-6 sm:w-[22rem]"
    >
      <div role="status">
        <p id={titleId} className="font-semibold">
          {strings.offline.updateAvailable}
        </p>
        <p className="mt-1 text-sm text-muted">{strings.offline.updateHint}</p>
      </div>
      <div className="mt-3 flex justify-end gap-2">
        <button
          type="button"
          onClick={dismissUpdate}
          disabled={update === 'reloading'}
          className="inline-flex min-h-10 items-center rounded-lg px-4 text-sm text-muted hover:bg-sunken hover:text-ink disabled:opacity-60"
        >
          {strings.offline.later}
        </button>
        <button
          type="button"
          onClick={applyUpdate}
          disabled={update === 'reloading'}
          className="inline-flex min-h-10 items-center rounded-lg bg-accent px-4 text-sm font-medium text-accent-ink shadow-sm hover:opacity-90 disabled:cursor-wait disabled:opacity-60"
        >
          {update === 'reloading' ? strings.offline.reloading : strings.offline.reload}
        </button>
      </div>
    </section>,
    document.body,
  );
}
