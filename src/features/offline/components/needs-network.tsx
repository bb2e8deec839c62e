import type { ReactNode } from 'react';

import { offlineStrings } from '../offline-strings';
import { useOnline } from '../use-online';

interface NeedsNetworkProps {
  /** What to say; defaults to 此操作需要联网，请连接网络后重试。 */
  readonly children?: ReactNode;
  readonly className?: string;
}

/**
 * A short note, shown only while offline, for places whose action needs the network
 * (e.g. next to a button that fetches something new). Renders nothing when online.
 */
export function NeedsNetwork({ children, className = '' }: NeedsNetworkProps) {
  const online = useOnline();
  if (online) return null;
  return (
    <p role="status" className={`text-sm text-muted ${className}`}>
      {children ?? offlineStrings.needsNetworkHint}
    </p>
  );
}
