import { strings } from '../../shared/strings';

/**
 * What the first load shows while the router loads the page's code and starts its data:
 * the header's frame, so nothing jumps when the page arrives. No router hooks here.
 */
export function HydrateFallback() {
  return (
    <div className="min-h-dvh" role="status" aria-live="polite">
      <div className="sticky top-0 z-20 h-14 border-b border-line bg-surface/90" />
      <span className="sr-only">{strings.list.loading}</span>
    </div>
  );
}
