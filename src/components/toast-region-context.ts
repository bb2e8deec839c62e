import { createContext } from 'react';

/**
 * The element toasts render into. Undefined: no region above (a component on its own,
 * in a test), so a toast stays where it is rendered; null: the region is mounted but
 * not attached yet, for the one render before its ref is set.
 */
export const ToastRegionContext = createContext<HTMLElement | null | undefined>(undefined);
