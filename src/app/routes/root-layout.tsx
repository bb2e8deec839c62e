import { lazy, Suspense, useEffectEvent, useLayoutEffect, useRef, type ReactNode } from 'react';
import { NavLink, Link, Outlet, ScrollRestoration, useLocation, type Location } from 'react-router';

import { Button } from '../../components/button';
import { ToastRegion } from '../../components/toast-region';
import { dismissFirstScreen } from '../../lib/first-screen';
import { recordLocation } from '../../lib/navigation-history';
import { ShortcutHelp } from '../../features/keyboard/components/shortcut-help';
import { ThemeSync } from '../../features/settings/components/theme-sync';
import { cycleTheme, useReadingSettingsChannel, useResolvedTheme } from '../../features/settings/reading-settings';
import { useGlobalShortcuts } from '../../features/keyboard/use-global-shortcuts';
import { useBookmarksChannel } from '../../features/bookmarks/use-bookmarks-channel';
import { OfflineStatus } from '../../features/offline/components/offline-status';
import { useListVisit } from '../../features/read-state/use-list-visit';
import { useReadStateChannel } from '../../features/read-state/use-read-state-channel';
import { SearchBox } from '../../features/search/components/search-box';
import { strings } from '../../shared/strings';
import { settingsStrings } from '../../features/settings/settings-strings';
import { keyboardStrings } from '../../features/keyboard/keyboard-strings';
import { paths } from '../../config/paths';
import { claimEntryId, scrollKeyOf } from '../scroll-key';

// Claimed as the app starts, while the history entry is still the one the page loaded into.
const entryId =
  typeof window === 'undefined' ? 'server' : claimEntryId(window.history, () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
const scrollKey = (location: Location) => scrollKeyOf(location, entryId);

function Logo() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className="size-7 shrink-0">
      <rect width="32" height="32" rx="7" className="fill-accent" />
      <path d="M7 21l6-6 4 4 8-9" fill="none" stroke="white" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const LatestNavLink = lazy(async () => ({
  default: (await import('../../features/read-state/components/latest-nav-link')).LatestNavLink,
}));

const BookmarksNavLink = lazy(async () => ({
  default: (await import('../../features/bookmarks/components/bookmarks-nav-link')).BookmarksNavLink,
}));

const navClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-10 items-center rounded-lg px-2.5 text-[15px] whitespace-nowrap sm:px-3 ${isActive ? 'bg-accent-soft font-semibold text-accent' : 'text-muted hover:bg-sunken hover:text-ink'}`;

/** The frame around every page: skip link, header with navigation, the page, shortcuts, the toast region. */
export function RootLayout({ children }: { readonly children?: ReactNode }) {
  const help = useRef<HTMLDialogElement>(null);
  const location = useLocation();
  // The prerendered first screen is the unfiltered list's; any other page replaces it at once.
  const otherPage = location.pathname !== paths.home.path || location.search !== '';
  // Per history entry (its key), not per pathname: /?unread=1 → / → /?unread=1 is three pages.
  const record = useEffectEvent(() => recordLocation(location.pathname));
  useLayoutEffect(() => record(), [location.key]);
  useLayoutEffect(() => {
    if (otherPage || children !== undefined) dismissFirstScreen();
  }, [otherPage, children]);
  const theme = useResolvedTheme();
  useGlobalShortcuts({ help, cycleTheme });
  useListVisit();
  useBookmarksChannel();
  useReadStateChannel();
  useReadingSettingsChannel();
  return (
    <div className="min-h-dvh">
      <ToastRegion>
        <a href="#main" className="sr-only z-50 rounded-lg bg-accent px-4 py-2 text-accent-ink focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
          {strings.app.skipToContent}
        </a>
        <header className="sticky top-0 z-20 border-b border-line bg-surface/90 backdrop-blur">
          {/* On a phone the search box has little room beside the navigation: while it has the
              focus the navigation steps aside and the box takes the row. */}
          <div className="mx-auto flex h-14 max-w-6xl items-center gap-1 px-3 sm:gap-2 sm:px-6 max-sm:[&:has([role=search]:focus-within)>nav]:hidden">
            <Link to={paths.home.getHref()} aria-label={strings.app.name} className="mr-1 flex shrink-0 items-center gap-2 rounded-md sm:mr-2">
              <Logo />
              <span className="hidden text-xl font-bold tracking-wide whitespace-nowrap min-[400px]:inline">{strings.app.name}</span>
            </Link>
            <nav aria-label={strings.app.mainNav} className="flex min-w-0 items-center gap-0.5 sm:gap-1">
              <Suspense
                fallback={
                  <NavLink to={paths.home.getHref()} end className={navClass}>
                    {strings.nav.latest}
                  </NavLink>
                }
              >
                <LatestNavLink to={paths.home.getHref()} className={navClass} />
              </Suspense>
              <NavLink to={paths.stocks.getHref()} className={navClass}>
                {strings.nav.stocks}
              </NavLink>
              <Suspense
                fallback={
                  <NavLink to={paths.bookmarks.getHref()} className={navClass}>
                    {strings.nav.bookmarks}
                  </NavLink>
                }
              >
                <BookmarksNavLink to={paths.bookmarks.getHref()} className={navClass} />
              </Suspense>
            </nav>
            <SearchBox />
            <Button variant="quiet" size="md" icon="theme" label={`${settingsStrings.toggleTheme}（${settingsStrings.themes[theme]}）`} onClick={cycleTheme} />
            <Button
              variant="quiet"
              size="md"
              onClick={() => help.current?.showModal()}
              aria-label={keyboardStrings.open}
              title={keyboardStrings.open}
              className="max-sm:hidden"
            >
              <kbd className="font-mono text-sm">?</kbd>
            </Button>
            <OfflineStatus />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl py-5 outline-none sm:px-6 sm:py-8">
          {children ?? <Outlet />}
        </main>
        <ShortcutHelp ref={help} />
        <ThemeSync />
        <ScrollRestoration getKey={scrollKey} />
      </ToastRegion>
    </div>
  );
}
