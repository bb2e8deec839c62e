import { useEffect, useId, useRef, useState } from 'react';

import { Button } from '../../../components/button';
import { useAnchoredPosition } from '../../../lib/use-anchored-position';
import { settingsStrings } from '../settings-strings';
import { ReadingSettingsForm } from './reading-settings-form';

/**
 * The 阅读设置 button and its panel: a non-modal dialog below the button, as a native
 * popover (`popover="auto"`, opened by the button's `popovertarget`): in the top layer,
 * closed by Esc, by a click outside (the platform's light dismiss), by the close button
 * or by tabbing away; Esc and the close button return focus to the button. Opening moves
 * focus into the panel. @floating-ui/dom keeps it beside the button.
 */
export function ReadingSettingsPopover() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const headingId = useId();

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const onToggle = (event: Event) => setOpen((event as ToggleEvent).newState === 'open');
    element.addEventListener('toggle', onToggle);
    return () => element.removeEventListener('toggle', onToggle);
  }, []);

  useEffect(() => {
    if (!open) return;
    const first = panel.current?.querySelector<HTMLElement>('input:checked') ?? panel.current?.querySelector<HTMLElement>('input, button');
    first?.focus();
  }, [open]);

  useAnchoredPosition(open, button, panel, 'bottom-end');

  const close = () => {
    panel.current?.hidePopover();
    button.current?.focus();
  };

  return (
    <div
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (next instanceof Node && !event.currentTarget.contains(next) && panel.current?.matches(':popover-open')) panel.current.hidePopover();
      }}
    >
      <Button ref={button} aria-expanded={open} aria-controls={panelId} aria-haspopup="dialog" popoverTarget={panelId}>
        <span aria-hidden="true" className="font-serif text-base leading-none font-semibold">
          A<span className="text-xs">a</span>
        </span>
        <span className="sr-only sm:not-sr-only">{settingsStrings.open}</span>
      </Button>
      <div
        ref={panel}
        id={panelId}
        role="dialog"
        aria-modal="false"
        aria-labelledby={headingId}
        popover="auto"
        className="m-0 w-[min(20rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-4 text-left text-ink shadow-xl indent-0 [inset:auto]"
      >
        <div className="mb-4 flex items-center justify-between gap-2">
          <h2 id={headingId} className="text-base font-semibold">
            {settingsStrings.heading}
          </h2>
          <Button variant="quiet" size="sm" icon="close" label={settingsStrings.close} onClick={close} className="-mr-1.5" />
        </div>
        {open && <ReadingSettingsForm />}
      </div>
    </div>
  );
}
