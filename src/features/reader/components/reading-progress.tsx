import { readerStrings } from '../reader-strings';

/** The thin bar along the top of the window; screen readers get it as a progressbar. */
export function ReadingProgress({ percent }: { readonly percent: number }) {
  return (
    <div
      role="progressbar"
      aria-label={readerStrings.progress}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={readerStrings.progressValue(percent)}
      className="pointer-events-none fixed inset-x-0 top-0 z-40 h-[3px]"
    >
      <div
        className="h-full origin-left bg-accent transition-transform duration-150 ease-out motion-reduce:transition-none"
        style={{ transform: `scaleX(${percent / 100})` }}
      />
    </div>
  );
}
