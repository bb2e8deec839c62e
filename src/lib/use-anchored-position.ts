import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
import { useLayoutEffect, type RefObject } from 'react';

/** Room kept between a popover and the window's edges. */
const VIEWPORT_PADDING = 12;

/**
 * Keeps an open popover (the `popover` attribute: in the top layer, fixed to the
 * viewport) next to its anchor: on `placement`'s side when it fits, flipped when not,
 * shifted to stay inside the window, no taller than the room there (it scrolls inside,
 * so it needs an overflow of auto, the UA's for popovers), and following the anchor as the page scrolls or
 * resizes.
 */
export function useAnchoredPosition(open: boolean, anchor: RefObject<HTMLElement | null>, popover: RefObject<HTMLElement | null>, placement: Placement): void {
  useLayoutEffect(() => {
    const reference = anchor.current;
    const floating = popover.current;
    if (!open || !reference || !floating) return;
    const place = () =>
      void computePosition(reference, floating, {
        placement,
        strategy: 'fixed',
        middleware: [
          offset(6),
          flip({ padding: VIEWPORT_PADDING }),
          shift({ padding: VIEWPORT_PADDING }),
          // Taller than the room left (a phone held sideways): it scrolls inside instead.
          size({
            padding: VIEWPORT_PADDING,
            apply: ({ availableHeight }) => {
              floating.style.maxHeight = `${Math.max(120, availableHeight)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        // The UA centres a popover in the viewport (inset 0, margin auto): replaced here.
        Object.assign(floating.style, { inset: 'auto', margin: '0', left: `${x}px`, top: `${y}px` });
      });
    return autoUpdate(reference, floating, place);
  }, [open, anchor, popover, placement]);
}
