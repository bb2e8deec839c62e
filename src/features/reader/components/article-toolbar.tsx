import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import { Icon } from '../../../components/icon';
import type { ArticleMeta } from '../../../shared/bundle-types';
import { readerStrings } from '../reader-strings';
import { BookmarkToggle } from '../../bookmarks/components/bookmark-toggle';
import { ReadingSettingsPopover } from '../../settings/components/reading-settings-popover';
import { CopyLinkButton } from './copy-link-button';
import { OriginalLink } from './original-link';
import { ReadToggle } from './read-toggle';

interface ArticleToolbarProps {
  readonly article: ArticleMeta;
  readonly search: string;
  /** The checked source-site URL, when the article file gives one. */
  readonly original: string | null;
}

/**
 * Back to the list (with its filters) on the left; bookmark, read / unread, copy link,
 * 查看原文 and settings on the right (wrapping below on narrow screens when they do not fit).
 */
export function ArticleToolbar({ article, search, original }: ArticleToolbarProps) {
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-2 text-base sm:mb-8">
      <Link
        to={paths.home.getHref(search)}
        className="-ml-2 inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-sm text-muted hover:bg-sunken hover:text-ink"
      >
        <Icon name="back" />
        {readerStrings.backToList}
      </Link>
      <div role="group" aria-label={readerStrings.toolbar} className="ml-auto flex flex-wrap items-center justify-end gap-1.5 sm:gap-2">
        <BookmarkToggle articleId={article.id} />
        <ReadToggle article={article} search={search} />
        <CopyLinkButton />
        {original && <OriginalLink url={original} />}
        <ReadingSettingsPopover />
      </div>
    </div>
  );
}
