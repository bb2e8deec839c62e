import { strings } from '../../../shared/strings';
import { useBundleUnreachable } from '../use-bundle-unreachable';
import { useOnline } from '../use-online';
import { UpdatePrompt } from './update-prompt';

function OfflineIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5 shrink-0">
      <path
        d="M2 5.5a9 9 0 0 1 12 0M4.2 8a6 6 0 0 1 7.6 0M6.4 10.5a3 3 0 0 1 3.2 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
      <path d="M2.5 2.5l11 11" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

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
            title={strings.offline.offlineHint}
            className="ml-1 inline-flex h-7 items-center gap-1 rounded-full whitespace-nowrap border border-line bg-sunken px-2.5 text-[13px] font-medium text-muted"
          >
            <OfflineIcon />
            {strings.offline.offline}
            <span className="sr-only">：{strings.offline.offlineHint}</span>
          </span>
        )}
      </div>
      <UpdatePrompt />
    </>
  );
}
