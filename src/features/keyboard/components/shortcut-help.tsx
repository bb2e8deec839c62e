import { forwardRef, useMemo, useSyncExternalStore } from 'react';

import { Button } from '../../../components/button';
import { keyboardStrings } from '../keyboard-strings';
import { shortcutRegistry } from '../shortcut-registry';
import { activeShortcuts, keyLabel } from '../shortcuts';

/**
 * The `?` dialog: the shortcuts that work on the page on screen (the list, the reading
 * view, any other page), from the same table and layers the keys are dispatched by. A
 * native modal dialog, so Esc and focus work as expected.
 */
export const ShortcutHelp = forwardRef<HTMLDialogElement>(function ShortcutHelp(_props, ref) {
  const layers = useSyncExternalStore(shortcutRegistry.subscribe, shortcutRegistry.layers, shortcutRegistry.layers);
  const shortcuts = useMemo(() => activeShortcuts(layers), [layers]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcut-help-heading"
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className="m-auto w-[min(26rem,92vw)] rounded-2xl border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between border-b border-line px-5 py-3">
        <h2 id="shortcut-help-heading" className="font-semibold">
          {keyboardStrings.heading}
        </h2>
        <form method="dialog">
          <Button type="submit" variant="quiet" size="md">
            {keyboardStrings.close}
          </Button>
        </form>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2.5 px-5 py-4 text-sm">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.action} className="contents" data-action={shortcut.action}>
            <dt className="flex gap-1.5">
              {shortcut.keys.map((key) => (
                <kbd key={key} className="min-w-7 rounded-md border border-line bg-sunken px-1.5 py-0.5 text-center font-mono text-xs">
                  {keyLabel(key)}
                </kbd>
              ))}
            </dt>
            <dd className="text-muted">{shortcut.label}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
});
