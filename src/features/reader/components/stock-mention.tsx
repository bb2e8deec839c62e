import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import { Icon } from '../../../components/icon';
import { useAnchoredPosition } from '../../../lib/use-anchored-position';
import { readerStrings } from '../reader-strings';
import type { StockRef } from '../../../shared/bundle-types';
import { EXCHANGE_NAMES, formatStockSymbol, stockQuoteUrl } from '../../../shared/stock-markets';

interface StockMentionProps {
  /** From the article's own `stocks`: the body's `data-stock` only chooses among them. */
  readonly stock: StockRef;
  readonly children: ReactNode;
}

const HOVER_CLOSE_DELAY_MS = 180;

/**
 * A stock named in the body: highlighted and focusable, with a small card — name · code ·
 * exchange, a link to its Ducai page and one to its Sina quote page — that opens on hover,
 * on focus and on tap. The card is a native popover (`popover="auto"`): in the top layer,
 * so no ancestor clips it; Esc and a tap elsewhere close it (the platform's light
 * dismiss); leaving with the pointer or with focus closes it too. It follows the name in
 * the DOM, so Tab reaches its links; @floating-ui/dom keeps it beside the name.
 */
export function StockMention({ stock, children }: StockMentionProps) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const trigger = useRef<HTMLElement>(null);
  const card = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Captured on pointerdown: whether the card was open before this tap or click. */
  const pointer = useRef<{ type: string; wasOpen: boolean }>({ type: '', wasOpen: false });
  const cardId = useId();

  const symbol = formatStockSymbol(stock);
  const exchange = EXCHANGE_NAMES[stock.market];
  const quoteUrl = stockQuoteUrl(stock);

  const show = () => {
    clearTimeout(closeTimer.current);
    if (!card.current?.matches(':popover-open')) card.current?.showPopover();
  };
  const hide = () => {
    clearTimeout(closeTimer.current);
    if (card.current?.matches(':popover-open')) card.current.hidePopover();
  };

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  // The popover's state is the platform's (light dismiss and Esc close it without us):
  // React follows its toggle events. Closed with focus inside, the platform puts focus
  // back on the name, which must not open it again (see onFocus).
  useEffect(() => {
    const element = card.current;
    if (!element) return;
    const onToggle = (event: Event) => setOpen((event as ToggleEvent).newState === 'open');
    element.addEventListener('toggle', onToggle);
    return () => element.removeEventListener('toggle', onToggle);
  }, []);

  useAnchoredPosition(open, trigger, card, 'bottom');

  return (
    <span
      ref={wrapper}
      className="relative"
      onPointerEnter={(event) => {
        if (event.pointerType === 'mouse') show();
      }}
      onPointerLeave={(event) => {
        if (event.pointerType !== 'mouse' || wrapper.current?.contains(document.activeElement)) return;
        clearTimeout(closeTimer.current);
        closeTimer.current = setTimeout(hide, HOVER_CLOSE_DELAY_MS);
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node && event.currentTarget.contains(next))) hide();
      }}
    >
      <mark
        ref={trigger}
        data-stock={stock.code}
        tabIndex={0}
        role="button"
        aria-expanded={open}
        aria-controls={open ? cardId : undefined}
        aria-describedby={open ? cardId : undefined}
        onFocus={(event) => {
          // Focus coming back from the card (it closed with focus inside) leaves it closed.
          if (!(event.relatedTarget instanceof Node && card.current?.contains(event.relatedTarget))) show();
        }}
        onPointerDown={(event) => {
          pointer.current = { type: event.pointerType, wasOpen: open };
        }}
        onClick={() => {
          // A mouse opened it on hover: a click keeps it. A tap (which also focuses, and so
          // opens) toggles against the state before the tap.
          if (pointer.current.type === 'mouse') show();
          else if (pointer.current.wasOpen) hide();
          else show();
          pointer.current = { type: '', wasOpen: open };
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            if (open) hide();
            else show();
          }
        }}
        className="cursor-pointer rounded-[0.2em] border-b-2 border-mark-line bg-mark px-[0.1em] text-inherit [box-decoration-break:clone] hover:brightness-95"
      >
        {children}
      </mark>
      <span
        ref={card}
        popover="auto"
        data-stock-card=""
        data-reader-control=""
        className="m-0 w-max max-w-[min(20rem,calc(100vw-2rem))] overflow-visible border-0 bg-transparent p-0 indent-0 [inset:auto]"
      >
        {open && (
          <span
            id={cardId}
            role="group"
            aria-label={readerStrings.stockDetails(stock.name)}
            className="block rounded-xl border border-line bg-surface px-3.5 py-3 text-left font-sans text-sm leading-normal font-normal text-ink shadow-xl"
          >
            <span data-stock-summary="" className="block whitespace-nowrap">
              <span className="font-semibold">{stock.name}</span>
              <span className="text-faint"> · </span>
              <span className="tabular-nums">{symbol}</span>
              <span className="text-faint"> · </span>
              {exchange}
            </span>
            <span className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
              <Link to={paths.stock.getHref(stock.code)} className="inline-flex min-h-8 items-center text-accent underline-offset-2 hover:underline">
                {readerStrings.stockPage}
              </Link>
              {quoteUrl && (
                <a
                  href={quoteUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={readerStrings.stockQuoteLabel(stock.name)}
                  className="inline-flex min-h-8 items-center gap-1 text-accent underline-offset-2 hover:underline"
                >
                  {readerStrings.stockQuote}
                  <Icon name="external" className="size-3.5" />
                </a>
              )}
            </span>
          </span>
        )}
      </span>
    </span>
  );
}
