import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { onDbChange } from '../../lib/ducai-db';
import { rereadReadState } from './read-state-query';

/**
 * Keeps the read state true to the database while the app runs: read again when
 * another tab changed it (BroadcastChannel, src/lib/ducai-db.ts) and when the window
 * gets the focus back. Mounted once, by the app's root layout.
 */
export function useReadStateChannel(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const reread = () => void rereadReadState(queryClient).catch(() => {});
    const stopListening = onDbChange((change) => {
      if (change.kind === 'read') reread();
    });
    window.addEventListener('focus', reread);
    return () => {
      stopListening();
      window.removeEventListener('focus', reread);
    };
  }, [queryClient]);
}
