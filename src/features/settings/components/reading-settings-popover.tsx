import { useEffect, useId, useRef, useState } from 'react';

import { strings } from '../../../shared/strings';
import { ReadingSettingsForm } from './reading-settings-form';

/**
 * The 阅读设置 button and its panel: a non-modal dialog below the button. Opening moves
 * focus into the panel; Esc, the close button, a click outside or tabbing away closes
 * it (Esc and the close button return focus to the button). While open the panel is
 * marked `data-popover-open`, so the page's own Esc shortcut leaves it alone.
 */
export function ReadingSettingsPopover() {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const headingId = useId();

  useEffect(() => {
    if (!open) return;
    const first = panel.current?.querySelector<HTMLElement>('input:checked') ?? panel.current?.querySelector<HTMLElement>('input, button');
    first?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !container.current?.contains(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      ref={container}
      className="relative"
      data-popover-open={open ? 'true' : undefined}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-haspopup="dialog"
        onClick={() => setOpen((was) => !was)}
        className={`inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-lg border border-line px-2.5 text-sm transition-colors hover:bg-sunken sm:px-3 ${
          open ? 'bg-sunken text-ink' : 'text-muted'
        }`}
      >
        <span aria-hidden="true" className="font-serif text-base leading-none font-semibold">
          A<span className="text-xs">a</span>
        </span>
        <span className="sr-only sm:not-sr-only">{strings.settings.open}</span>
      </button>
      <div
        ref={panel}
        id={panelId}
        role="dialog"
        aria-modal="false"
        aria-labelledby={headingId}
        hidden={!open}
        className="absolute top-full right-0 z-30 mt-2 w-[min(20rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-4 text-left text-ink shadow-xl indent-0"
      >
        <div className="mb-4 flex items-center justify-between gap-2">
          <h2 id={headingId} className="text-base font-semibold">
            {strings.settings.heading}
          </h2>
          <button
            type="button"
            onClick={close}
            aria-label={strings.settings.close}
            className="-mr-1.5 inline-flex size-9 items-center justify-center rounded-lg text-faint hover:bg-sunken hover:text-ink"
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4">
              <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
        </div>
        {open && <ReadingSettingsForm />}
      </div>
    </div>
  );
}
