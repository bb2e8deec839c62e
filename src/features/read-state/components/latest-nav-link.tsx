import { NavLink, type NavLinkProps } from 'react-router';

import { strings } from '../../../shared/strings';
import { useUnreadCount } from '../use-unread-count';

interface LatestNavLinkProps {
  readonly to: string;
  readonly className: NavLinkProps['className'];
}

/**
 * 资讯 in the header, with the number of unread articles once a list has loaded the
 * timeline (see useUnreadCount). Loaded after the first paint, like the bookmarks link,
 * so read state and IndexedDB stay out of the entry chunk.
 */
export function LatestNavLink({ to, className }: LatestNavLinkProps) {
  const unread = useUnreadCount();
  return (
    <NavLink to={to} end className={className} aria-label={unread ? `${strings.nav.latest}（${strings.list.unreadBadge(unread)}）` : undefined}>
      {strings.nav.latest}
      {unread !== null && unread > 0 && (
        <span
          aria-hidden="true"
          data-unread-count={unread}
          className="ml-1.5 rounded-full bg-sunken px-1.5 text-xs leading-5 font-semibold text-muted tabular-nums"
        >
          {unread > 999 ? '999+' : unread}
        </span>
      )}
    </NavLink>
  );
}
