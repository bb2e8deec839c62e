import { useLayoutEffect, useRef } from 'react';

import { shortcutRegistry } from './shortcut-registry';
import type { ShortcutAction, ShortcutPage } from './shortcuts';

/** Runs one action; false leaves the key to the browser. */
export type ActionHandler = (event: KeyboardEvent) => boolean | void;

export type ShortcutHandlers = Partial<Record<ShortcutAction, ActionHandler | undefined>>;

/**
 * Handles the keys of `page` while the calling component is mounted: the actions given
 * a handler (an undefined one is not offered, and the help leaves it out). Handlers are
 * read at key time, so they see the latest render without the layer being re-added.
 */
export function useShortcuts(page: ShortcutPage, handlers: ShortcutHandlers): void {
  const current = useRef(handlers);
  useLayoutEffect(() => {
    current.current = handlers;
  });
  const actions = (Object.keys(handlers) as ShortcutAction[])
    .filter((action) => handlers[action] !== undefined)
    .sort()
    .join(' ');
  // Added before the page paints: a key pressed as soon as it shows must find its handler.
  useLayoutEffect(() => {
    const offered = new Set(actions.split(' ').filter((a) => a !== '') as ShortcutAction[]);
    return shortcutRegistry.add({ page, actions: offered }, (action, event) => current.current[action]?.(event));
  }, [page, actions]);
}
