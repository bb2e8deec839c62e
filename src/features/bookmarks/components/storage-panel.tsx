import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { Button } from '../../../components/button';
import { bookmarkStrings } from '../bookmark-strings';
import { formatBytes } from '../format-bytes';
import { requestPersistentStorage, STORAGE_INFO_KEY, useStorageInfo } from '../storage-info';

/** How much the device stores for the site, and whether the browser may evict it. */
export function StoragePanel({ version }: { readonly version: unknown }) {
  const queryClient = useQueryClient();
  const [denied, setDenied] = useState(false);
  const info = useStorageInfo(String(version));
  if (!info) return null;
  return (
    <section aria-labelledby="bookmarks-storage" className="mx-4 mt-8 rounded-xl bg-sunken/60 px-4 py-3.5 text-sm text-muted sm:mx-0">
      <h2 id="bookmarks-storage" className="font-semibold text-ink">
        {bookmarkStrings.storageHeading}
      </h2>
      <p className="mt-1.5 tabular-nums">
        {info.usage !== null && info.quota !== null
          ? bookmarkStrings.storageUsed(formatBytes(info.usage), formatBytes(info.quota))
          : bookmarkStrings.storageUnknown}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <span data-persisted={info.persisted === true}>{info.persisted ? bookmarkStrings.persisted : bookmarkStrings.notPersisted}</span>
        {!info.persisted && info.canPersist && (
          <Button
            variant="accent"
            size="sm"
            onClick={() =>
              void requestPersistentStorage().then((granted) => {
                setDenied(!granted);
                void queryClient.invalidateQueries({ queryKey: STORAGE_INFO_KEY });
              })
            }
          >
            {bookmarkStrings.requestPersist}
          </Button>
        )}
      </p>
      {denied && !info.persisted && <p className="mt-1 text-faint">{bookmarkStrings.persistDenied}</p>}
    </section>
  );
}
