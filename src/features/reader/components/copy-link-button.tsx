import { strings } from '../../../shared/strings';
import { useCopyLink } from '../hooks/use-copy-link';

/** The address of this article without the list's filters: what a reader means to share. */
function articleUrl(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * 复制链接. Success is said once: on the button itself (and to screen readers through
 * the status). Only a failure, which needs a sentence of advice, gets the bubble below.
 */
export function CopyLinkButton() {
  const { state, copy } = useCopyLink();
  const label = state === 'copied' ? strings.reader.linkCopied : strings.reader.copyLink;

  return (
    <div className="relative">
      <button
        type="button"
        onClick={() => copy(articleUrl())}
        className={`inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-lg border border-line px-2.5 text-sm transition-colors hover:bg-sunken sm:px-3 ${
          state === 'copied' ? 'text-accent' : 'text-muted'
        }`}
      >
        {state === 'copied' ? (
          <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5">
            <path d="M4.5 10.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        ) : (
          <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5">
            <path
              d="M8.5 11.5a3 3 0 004.2 0l2.6-2.6a3 3 0 00-4.2-4.2l-1 1M11.5 8.5a3 3 0 00-4.2 0l-2.6 2.6a3 3 0 004.2 4.2l1-1"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
        )}
        <span className="sr-only sm:not-sr-only">{label}</span>
      </button>
      <p
        role="status"
        className={
          state !== 'failed'
            ? 'sr-only'
            : 'absolute top-full right-0 z-20 mt-2 w-max max-w-[min(16rem,calc(100vw-2rem))] rounded-lg bg-ink px-3 py-2 text-left text-xs leading-snug text-paper shadow-lg'
        }
      >
        {state === 'copied' ? strings.reader.linkCopied : state === 'failed' ? strings.reader.copyFailed : ''}
      </p>
    </div>
  );
}
