import { isTypingTarget } from '../../lib/is-typing-target';
import { shortcutActionFor, type ShortcutAction, type ShortcutLayer } from './shortcuts';

/**
 * Runs an action for a key event; returning false leaves the key to the browser (Enter
 * on a focused button).
 */
export type ShortcutHandler = (action: ShortcutAction, event: KeyboardEvent) => boolean | void;

interface Registered {
  readonly layer: ShortcutLayer;
  readonly handle: ShortcutHandler;
}

let registered: readonly Registered[] = [];
let layers: readonly ShortcutLayer[] = [];
const listeners = new Set<() => void>();

function changed() {
  layers = registered.map((r) => r.layer);
  for (const listener of listeners) listener();
}

/**
 * The keys a page handles, as layers: the frame adds help and theme, the list or the
 * reading view its own. One window listener serves them all, so a key is looked up once,
 * in the same table the help dialog shows (./shortcuts.ts), and the help lists what the
 * mounted layers handle — never a key that does nothing on this page.
 */
export const shortcutRegistry = {
  /** Adds a layer (the latest wins a key); returns its removal. */
  add(layer: ShortcutLayer, handle: ShortcutHandler): () => void {
    const entry: Registered = { layer, handle };
    registered = [...registered, entry];
    if (registered.length === 1) window.addEventListener('keydown', onKeyDown);
    changed();
    return () => {
      registered = registered.filter((r) => r !== entry);
      if (registered.length === 0) window.removeEventListener('keydown', onKeyDown);
      changed();
    };
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The mounted layers, oldest first; the same array until one comes or goes. */
  layers(): readonly ShortcutLayer[] {
    return layers;
  },
};

function onKeyDown(event: KeyboardEvent) {
  if (ignores(event)) return;
  const action = shortcutActionFor(event.key, layers);
  if (!action) return;
  for (let i = registered.length - 1; i >= 0; i--) {
    const entry = registered[i]!;
    if (!entry.layer.actions.has(action)) continue;
    if (entry.handle(action, event) !== false) event.preventDefault();
    return;
  }
}

/** Keys that are someone else's: typing, browser and system shortcuts, an open dialog's. */
function ignores(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return true;
  const target = event.target instanceof Element ? event.target : null;
  // A modal dialog (the help, the filter drawer) keeps its keys; Esc closes it.
  if (target?.closest('dialog[open]')) return true;
  // Esc with a popover open (a stock's card, the reading settings) is the platform's: it
  // closes the popover, and a second Esc is the page's again.
  if (event.key === 'Escape' && document.querySelector(':popover-open')) return true;
  if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') return event.shiftKey || arrowsBelongTo(target);
  return false;
}

/**
 * Whether ← and → already do something where focus is: move a radio choice or a slider,
 * move the caret, or scroll a wide table sideways.
 */
function arrowsBelongTo(target: Element | null): boolean {
  if (!target) return false;
  if (target.closest('input, select, textarea, [role="slider"], [role="radio"], [role="tab"], [role="menuitem"], [role="option"]')) return true;
  for (let el: Element | null = target; el && el !== document.body; el = el.parentElement) {
    if (el.scrollWidth > el.clientWidth && /auto|scroll/.test(getComputedStyle(el).overflowX)) return true;
  }
  return false;
}
