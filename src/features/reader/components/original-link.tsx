import { strings } from '../../../shared/strings';

/**
 * 查看原文: the article on its source site, in a new tab that gets neither this page
 * as its opener nor its address as the referrer. `url` is checked (../original-url.ts).
 */
export function OriginalLink({ url }: { readonly url: string }) {
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={strings.reader.originalLabel}
      title={strings.reader.originalLabel}
      className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg border border-line px-2.5 text-sm text-muted transition-colors hover:bg-sunken hover:text-accent sm:px-3"
    >
      {/* Shorter on phones, so the toolbar's buttons keep to one row below the back link. */}
      <span className="sm:hidden">{strings.reader.originalShort}</span>
      <span className="hidden sm:inline">{strings.reader.original}</span>
      <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4">
        <path d="M8 5H5v10h10v-3M11 4h5v5M16 4l-7 7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </a>
  );
}
