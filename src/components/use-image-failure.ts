import { useState, type SyntheticEvent } from 'react';

/**
 * Whether an <img> failed, and the handlers that find out. An empty answer (a 204, a
 * blocked host's stub) "loads" with no pixels, so that counts as failing too: the
 * caller shows a placeholder instead of a broken-image icon.
 */
export function useImageFailure() {
  const [failed, setFailed] = useState(false);
  const handlers = {
    onError: () => setFailed(true),
    onLoad: (event: SyntheticEvent<HTMLImageElement>) => {
      if (event.currentTarget.naturalWidth === 0) setFailed(true);
    },
  };
  return [failed, handlers] as const;
}
