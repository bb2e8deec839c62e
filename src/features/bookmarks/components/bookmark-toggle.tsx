import type { MouseEvent } from 'react';

import { Button } from '../../../components/button';
import { Icon } from '../../../components/icon';
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
  const icon = saved ? 'star-filled' : 'star';
  // The click is the toggle's alone, whatever row or link holds it.
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    event.stopPropagation();
    toggle();
  };
  return (
    <>
      {compact ? (
        <Button variant="quiet" icon={icon} label={label} aria-pressed={saved} onClick={onClick} />
      ) : (
        <Button aria-pressed={saved} onClick={onClick}>
          <Icon name={icon} className="size-5" />
          {label}
        </Button>
      )}
      {failure?.id === articleId && <BookmarkFailureAlert failure={failure} floating />}
    </>
  );
}
