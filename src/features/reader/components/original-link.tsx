import { buttonClass } from '../../../components/button-class';
import { Icon } from '../../../components/icon';
import { readerStrings } from '../reader-strings';

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
      aria-label={readerStrings.originalLabel}
      title={readerStrings.originalLabel}
      className={buttonClass()}
    >
      {/* Shorter on phones, so the toolbar's buttons keep to one row below the back link. */}
      <span className="sm:hidden">{readerStrings.originalShort}</span>
      <span className="hidden sm:inline">{readerStrings.original}</span>
      <Icon name="external" />
    </a>
  );
}
