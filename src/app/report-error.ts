import { BundleError } from '../lib/bundle-error';

/**
 * Where an error that reached an error element is logged. A bundle that cannot be had is
 * the reader's business, told on the page (with the file and field when the data is at
 * fault): no console noise for it, also while 重试 fails again. Anything else is a defect.
 * The router reports loader errors (`info.errorInfo` unset) and React render errors
 * caught by a boundary (createRoot's onCaughtError, main.tsx): each error once.
 */
export function reportError(error: unknown, where: string): void {
  if (error instanceof BundleError) return;
  console.error(`Error at ${where}`, error);
}
