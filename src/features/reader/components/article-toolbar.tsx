import { Link } from 'react-router';

import { paths } from '../../../app/paths';
import { strings } from '../../../shared/strings';
import { BookmarkToggle } from '../../bookmarks/components/bookmark-toggle';
import { ReadingSettingsPopover } from '../../settings/components/reading-settings-popover';
import { CopyLinkButton } from './copy-link-button';

interface ArticleToolbarProps {
  readonly articleId: string;
  readonly search: string;
}

/** Back to the list (with its filters) on the left; bookmark, copy link and settings on the right. */
export function ArticleToolbar({ articleId, search }: ArticleToolbarProps) {
  return (
    <div className="mb-6 flex items-center justify-between gap-2 text-base sm:mb-8">
      <Link
        to={paths.home.getHref(search)}
        className="-ml-2 inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-sm text-muted hover:bg-sunken hover:text-ink"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4">
          <path d="M12.5 4.5L7 10l5.5 5.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {strings.reader.backToList}
      </Link>
      <div role="group" aria-label={strings.reader.toolbar} className="flex items-center gap-1.5 sm:gap-2">
        <BookmarkToggle articleId={articleId} />
        <CopyLinkButton />
        <ReadingSettingsPopover />
      </div>
    </div>
  );
}
