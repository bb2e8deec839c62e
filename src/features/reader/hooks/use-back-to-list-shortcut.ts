import { useNavigate } from 'react-router';

import { paths } from '../../../config/paths';
import { useShortcuts } from '../../keyboard/use-shortcuts';

/**
 * u or Esc on an article page, whatever its state (loading, failed, not found): back to
 * the list it came from, with its filters (`search`).
 */
export function useBackToListShortcut(search: string): void {
  const navigate = useNavigate();
  useShortcuts('reader', {
    back: () => {
      void navigate(paths.home.getHref(search));
    },
  });
}
