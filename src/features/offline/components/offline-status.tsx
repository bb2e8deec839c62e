import { Icon } from '../../../components/icon';
import { offlineStrings } from '../offline-strings';
import { useBundleUnreachable } from '../use-bundle-unreachable';
import { useOnline } from '../use-online';
import { UpdatePrompt } from './update-prompt';

/**
 * The header's network and version status: a 离线 pill while the browser is offline or a
 * bundle file could not be fetched at all, and the 有新版本 offer when a new deployment
 * is ready. Mounting it also registers the service worker (production builds only).
 *
 * Placed last in the header row. The live region is always there; `-ml-2` cancels the row's
 * gap while it is empty, so it takes no room until the pill shows.
 */
export function OfflineStatus() {
  const online = useOnline();
  const unreachable = useBundleUnreachable();
  const offline = !online || unreachable;

  return (
    <>
      {/* The live region is always in the page, so its content changing is announced. */}
      <div role="status" className="-ml-2 flex shrink-0 items-center">
        {offline && (
          <span
            title={offlineStrings.offlineHint}
            className="ml-1 inline-flex h-7 items-center gap-1 rounded-full whitespace-nowrap border border-line bg-sunken px-2.5 text-[13px] font-medium text-muted"
          >
            <Icon name="offline" className="size-3.5" />
            {offlineStrings.offline}
            <span className="sr-only">：{offlineStrings.offlineHint}</span>
          </span>
        )}
      </div>
      <UpdatePrompt />
    </>
  );
}
