import { Button } from '../../../components/button';
import { Icon } from '../../../components/icon';
import { readerStrings } from '../reader-strings';
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
  const label = state === 'copied' ? readerStrings.linkCopied : readerStrings.copyLink;

  return (
    <div className="relative">
      <Button onClick={() => copy(articleUrl())}>
        {state === 'copied' ? <Icon name="check" className="size-5 text-accent" /> : <Icon name="link" className="size-5" />}
        <span className="sr-only sm:not-sr-only">{label}</span>
      </Button>
      <p
        role="status"
        className={
          state !== 'failed'
            ? 'sr-only'
            : 'absolute top-full right-0 z-20 mt-2 w-max max-w-[min(16rem,calc(100vw-2rem))] rounded-lg bg-ink px-3 py-2 text-left text-xs leading-snug text-paper shadow-lg'
        }
      >
        {state === 'copied' ? readerStrings.linkCopied : state === 'failed' ? readerStrings.copyFailed : ''}
      </p>
    </div>
  );
}
