import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import { strings } from '../../../shared/strings';
import type { StockRef } from '../../../shared/bundle-types';
import { EXCHANGE_NAMES, formatStockSymbol, stockQuoteUrl } from '../../../shared/stock-markets';

interface StockMentionProps {
  /** From the article's own `stocks`: the body's `data-stock` only chooses among them. */
  readonly stock: StockRef;
  readonly children: ReactNode;
}

type Align = 'center' | 'start' | 'end';
type Side = 'below' | 'above';

const ALIGN_CLASSES: Record<Align, string> = {
  center: 'left-1/2 -translate-x-1/2',
  start: 'left-0',
  end: 'right-0',
};
const SIDE_CLASSES: Record<Side, string> = { below: 'top-full pt-1.5', above: 'bottom-full pb-1.5' };
const VIEWPORT_MARGIN = 12;
const HOVER_CLOSE_DELAY_MS = 180;

/**
 * A stock named in the body: highlighted and focusable, with a small card — name · code ·
 * exchange, a link to its Ducai page and one to its Sina quote page — that opens on hover,
 * on focus and on tap. Esc, tapping elsewhere, leaving with the pointer or with focus
 * closes it. The card sits right after the name in the DOM, so Tab reaches its links.
 */
export function StockMention({ stock, children }: StockMentionProps) {
  const [open, setOpen] = useState(false);
  const [placement, setPlacement] = useState<{ align: Align; side: Side }>({ align: 'center', side: 'below' });
  const wrapper = useRef<HTMLSpanElement>(null);
  const trigger = useRef<HTMLElement>(null);
  const card = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Captured on pointerdown: whether the card was open before this tap or click. */
  const pointer = useRef<{ type: string; wasOpen: boolean }>({ type: '', wasOpen: false });
  /** Set while focus is moved back to the name after Esc, so that focus does not reopen it. */
  const refocusing = useRef(false);
  const cardId = useId();

  const symbol = formatStockSymbol(stock);
  const exchange = EXCHANGE_NAMES[stock.market];
  const quoteUrl = stockQuoteUrl(stock);

  const show = () => {
    clearTimeout(closeTimer.current);
    setOpen(true);
  };
  const hide = () => {
    clearTimeout(closeTimer.current);
    setOpen(false);
  };

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault(); // the page's Esc (back to the list) waits for the next press
      const hadFocus = wrapper.current?.contains(document.activeElement) ?? false;
      hide();
      if (hadFocus && document.activeElement !== trigger.current) {
        refocusing.current = true;
        trigger.current?.focus();
        refocusing.current = false;
      }
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) hide();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  // Keep the card inside the viewport: centred under the name when it fits, else aligned
  // to the side with room, and above the name when there is no room below.
  useLayoutEffect(() => {
    if (!open || !card.current || !trigger.current) return;
    const anchor = trigger.current.getBoundingClientRect();
    const { width, height } = card.current.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const centre = anchor.left + anchor.width / 2;
    const align: Align = centre - width / 2 < VIEWPORT_MARGIN ? 'start' : centre + width / 2 > viewport - VIEWPORT_MARGIN ? 'end' : 'center';
    const side: Side = anchor.bottom + height > window.innerHeight && anchor.top - height > 0 ? 'above' : 'below';
    setPlacement((was) => (was.align === align && was.side === side ? was : { align, side }));
  }, [open]);

  return (
    <span
      ref={wrapper}
      className="relative"
      data-popover-open={open ? 'true' : undefined}
      onPointerEnter={(event) => {
        if (event.pointerType === 'mouse') show();
      }}
      onPointerLeave={(event) => {
        if (event.pointerType !== 'mouse' || wrapper.current?.contains(document.activeElement)) return;
        clearTimeout(closeTimer.current);
        closeTimer.current = setTimeout(() => setOpen(false), HOVER_CLOSE_DELAY_MS);
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
        onFocus={() => {
          if (!refocusing.current) show();
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
      {open && (
        <span
          ref={card}
          data-stock-card=""
          className={`absolute z-30 block w-max max-w-[min(20rem,calc(100vw-2rem))] indent-0 ${ALIGN_CLASSES[placement.align]} ${SIDE_CLASSES[placement.side]}`}
        >
          <span
            id={cardId}
            role="group"
            aria-label={strings.reader.stockDetails(stock.name)}
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
                {strings.stocks.stockPage}
              </Link>
              {quoteUrl && (
                <a
                  href={quoteUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={strings.stocks.quoteLabel(stock.name)}
                  className="inline-flex min-h-8 items-center gap-1 text-accent underline-offset-2 hover:underline"
                >
                  {strings.stocks.quote}
                  <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5">
                    <path
                      d="M6 3.5H3.5v9h9V10M9 3.5h3.5V7M12.5 3.5L7 9"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="1.4"
                      strokeLinecap="round"
                      strokeLinejoin="round"
                    />
                  </svg>
                </a>
              )}
            </span>
          </span>
        </span>
      )}
    </span>
  );
}
