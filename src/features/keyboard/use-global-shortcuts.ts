import type { RefObject } from 'react';

import { useShortcuts } from './use-shortcuts';

interface GlobalShortcutOptions {
  readonly help: RefObject<HTMLDialogElement | null>;
  readonly cycleTheme: () => void;
}

/**
 * The shortcuts of every page: `?` help and `t` theme. The list and the reading view add
 * their own (use-list-shortcuts.ts, use-reader-shortcuts.ts), since only they know
 * which item is current.
 */
export function useGlobalShortcuts({ help, cycleTheme }: GlobalShortcutOptions) {
  useShortcuts('other', {
    help: () => help.current?.showModal(),
    theme: () => cycleTheme(),
  });
}
