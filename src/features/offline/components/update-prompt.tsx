import { useId } from 'react';

import { Button } from '../../../components/button';
import { Toast } from '../../../components/toast';
import { offlineStrings } from '../offline-strings';
import { useAppUpdate } from '../use-app-update';

/**
 * 有新版本 · 重新加载: shown in the toast region when a new deployment's service worker is
 * installed and waiting. Reloading keeps bookmarks and settings.
 */
export function UpdatePrompt() {
  const { state: update, apply, dismiss } = useAppUpdate();
  const titleId = useId();
  if (update === 'none') return null;

  return (
    <Toast>
      <section aria-labelledby={titleId} className="rounded-xl border border-line bg-surface p-4 text-ink shadow-lg">
        <div role="status">
          <p id={titleId} className="font-semibold">
            {offlineStrings.updateAvailable}
          </p>
          <p className="mt-1 text-sm text-muted">{offlineStrings.updateHint}</p>
        </div>
        <div className="mt-3 flex justify-end gap-2">
          <Button variant="quiet" size="md" onClick={dismiss} disabled={update === 'reloading'}>
            {offlineStrings.later}
          </Button>
          <Button variant="primary" size="md" onClick={apply} disabled={update === 'reloading'} className="disabled:cursor-wait">
            {update === 'reloading' ? offlineStrings.reloading : offlineStrings.reload}
          </Button>
        </div>
      </section>
    </Toast>
  );
}
