import { strings } from '../../../shared/strings';
import { useCommand } from '../../keyboard/use-command';
import { useBookmarkActions, useBookmarkFailure } from '../bookmark-writes';
import { useIsBookmarked } from '../bookmarks-query';
import { BookmarkFailureAlert } from './bookmark-failure-alert';

interface BookmarkToggleProps {
  readonly articleId: string;
  /** Icon only (the list) or icon and text (the reading view). */
  readonly compact?: boolean;
}

/**
 * The 收藏 toggle. Saving stores the whole article on the device (see bookmark-writes.ts);
 * the button changes at once, and if the write fails it changes back and an alert says
 * why. The `b` shortcut runs the same command (useCommand) for the current item.
 */
export function BookmarkToggle({ articleId, compact = false }: BookmarkToggleProps) {
  const saved = useIsBookmarked(articleId);
  const failure = useBookmarkFailure();
  const actions = useBookmarkActions();
  const toggle = () => void actions.toggle(articleId);
  useCommand('bookmark', articleId, toggle);
  const label = saved ? strings.list.bookmarked : strings.list.bookmark;
  return (
    <>
      <button
        type="button"
        aria-pressed={saved}
        aria-label={compact ? label : undefined}
        title={compact ? label : undefined}
        onClick={(event) => {
          event.preventDefault();
          event.stopPropagation();
          toggle();
        }}
        className={`inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-lg text-sm transition-colors hover:bg-sunken ${
          saved ? 'text-accent' : 'text-faint'
        } ${compact ? '' : 'border border-line px-3'}`}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5">
          <path
            d="M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z"
            fill={saved ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinejoin="round"
          />
        </svg>
        {!compact && <span>{label}</span>}
      </button>
      {failure?.id === articleId && <BookmarkFailureAlert failure={failure} floating />}
    </>
  );
}
