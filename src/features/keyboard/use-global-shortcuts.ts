import { useEffect, useRef, type RefObject } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router';

import { paths } from '../../app/paths';
import { isTypingTarget } from '../../lib/is-typing-target';

interface GlobalShortcutOptions {
  readonly help: RefObject<HTMLDialogElement | null>;
  readonly cycleTheme: () => void;
}

/**
 * The shortcuts that work on every page: `?` help, `t` theme; and on an article, `u`
 * or Esc back to the list (with its filters) and `b` bookmark. The list handles its own
 * j/k/o/b, since only it knows which item is current.
 */
export function useGlobalShortcuts({ help, cycleTheme }: GlobalShortcutOptions) {
  const location = useLocation();
  const navigate = useNavigate();
  // Read at key time, not captured when the listener was added: a key pressed between a
  // navigation's paint and its effects must see the page it was pressed on.
  const current = useRef(location);
  current.current = location;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const location = current.current;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if (help.current?.open) return; // the dialog handles its own keys (Esc closes it)
      const onArticle = matchPath(paths.article.path, location.pathname) !== null;
      if (event.key === '?') {
        event.preventDefault();
        help.current?.showModal();
      } else if (event.key === 't') {
        event.preventDefault();
        cycleTheme();
      } else if (onArticle && (event.key === 'u' || event.key === 'Escape')) {
        if (document.querySelector('[data-popover-open="true"]')) return; // Esc closes the popover first
        event.preventDefault();
        void navigate(paths.home.getHref(location.search));
      } else if (onArticle && event.key === 'b') {
        const toggle = document.querySelector<HTMLButtonElement>('main article [data-shortcut="bookmark"]');
        if (toggle) {
          event.preventDefault();
          toggle.click();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [help, cycleTheme, navigate]);
}
