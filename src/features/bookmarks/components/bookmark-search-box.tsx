import { useState } from 'react';
import { useNavigate } from 'react-router';

import { Icon } from '../../../components/icon';
import { bookmarkStrings } from '../bookmark-strings';

interface BookmarkSearchBoxProps {
  /** The URL's `?q=`. */
  readonly query: string;
  /** The page's address with another query, its other choices kept. */
  readonly hrefFor: (text: string) => string;
}

/**
 * Search within the saved articles. The scan runs on the device, so every keystroke
 * searches at once; the URL follows with `replace` (typing is one history entry:
 * the one the page was opened with).
 */
export function BookmarkSearchBox({ query, hrefFor }: BookmarkSearchBoxProps) {
  const navigate = useNavigate();
  const [value, setValue] = useState(query);
  // The URL changed under the box (Back, a link): show what it says.
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    if (value.trim() !== query) setValue(query);
  }
  return (
    <form role="search" className="relative" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="bookmark-search" className="sr-only">
        {bookmarkStrings.searchLabel}
      </label>
      <Icon name="search" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-faint" />
      <input
        id="bookmark-search"
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        value={value}
        placeholder={bookmarkStrings.searchLabel}
        onChange={(event) => {
          setValue(event.target.value);
          void navigate(hrefFor(event.target.value.trim()), { replace: true });
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.currentTarget.blur();
          }
        }}
        className="h-10 w-full rounded-lg border border-line bg-surface pr-2 pl-8 text-[15px] text-ink placeholder:text-faint focus:border-accent focus:outline-none sm:max-w-sm"
      />
    </form>
  );
}
