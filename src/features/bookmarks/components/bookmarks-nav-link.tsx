import { NavLink, type NavLinkProps } from 'react-router';

import { strings } from '../../../shared/strings';
import { useBookmarkCount } from '../bookmarks-query';

interface BookmarksNavLinkProps {
  readonly to: string;
  readonly className: NavLinkProps['className'];
}

/**
 * 收藏 in the header, with the number of bookmarks. Loaded after the first paint (the
 * header shows the plain link until then), so the bookmark store and IndexedDB are not
 * in the entry chunk.
 */
export function BookmarksNavLink({ to, className }: BookmarksNavLinkProps) {
  const count = useBookmarkCount();
  return (
    <NavLink to={to} className={className} aria-label={strings.nav.bookmarksCount(count)}>
      {strings.nav.bookmarks}
      {count > 0 && (
        <span aria-hidden="true" className="ml-1.5 rounded-full bg-accent px-1.5 text-xs leading-5 font-semibold text-accent-ink tabular-nums">
          {count}
        </span>
      )}
    </NavLink>
  );
}
