import { useEffect, useRef } from 'react';

import { listMemory } from '../../articles/list/list-memory';
import { readWhileViewing } from '../../read-state/read-while-viewing';
import { useReadActions } from '../../read-state/read-writes';

/**
 * What opening an article does, called by the view once the article is at hand (the
 * reading view suspends until then; a saved copy shown in its place is not opened from
 * the bundle and calls nothing): marks it read; on an 只看未读 list
 * keeps it in view there (read-while-viewing.ts); and tells the list it came from that
 * this is the article to return focus to. Once per article shown: `m` may mark it unread
 * again, and a refetch must not undo that.
 */
export function useArticleOpened(id: string, search: string): void {
  const done = useRef<string | null>(null);
  const { markRead } = useReadActions();
  useEffect(() => {
    if (done.current === id) return;
    done.current = id;
    readWhileViewing.keep(search, id);
    listMemory.opened(search, id);
    void markRead(id);
  }, [id, search, markRead]);
}
