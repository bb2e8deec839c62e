import { readerStrings } from '../reader-strings';
import { useReadingTypography } from '../hooks/use-reading-typography';

const LINES = ['w-full', 'w-full', 'w-11/12', 'w-full', 'w-4/5', 'w-full', 'w-full', 'w-2/3'];

/** The shape of the reading view while the article loads. */
export function ArticleSkeleton() {
  const { sizeClass } = useReadingTypography();
  return (
    <div role="status" className={`mx-auto max-w-[38em] px-4 sm:px-0 ${sizeClass}`}>
      <div className="motion-safe:animate-pulse">
        <div className="flex justify-between">
          <div className="h-9 w-24 rounded-lg bg-sunken" />
          <div className="h-9 w-40 rounded-lg bg-sunken" />
        </div>
        <div className="mt-8 h-4 w-56 rounded bg-sunken" />
        <div className="mt-5 h-8 w-full rounded bg-sunken" />
        <div className="mt-3 h-8 w-3/5 rounded bg-sunken" />
        <div className="mt-5 h-4 w-64 rounded bg-sunken" />
        <div className="mt-8 space-y-4 border-t border-line pt-8">
          {LINES.map((width, index) => (
            <div key={index} className={`h-4 rounded bg-sunken ${width}`} />
          ))}
        </div>
      </div>
      <span className="sr-only">{readerStrings.loading}</span>
    </div>
  );
}
