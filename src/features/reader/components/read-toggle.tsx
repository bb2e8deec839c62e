import { useState } from 'react';

import type { ArticleMeta } from '../../../shared/bundle-types';
import { strings } from '../../../shared/strings';
import { useCommand } from '../../keyboard/use-command';
import { readWhileViewing } from '../../read-state/read-while-viewing';
import { useIsRead } from '../../read-state/read-state-query';
import { useReadActions } from '../../read-state/read-writes';

interface ReadToggleProps {
  readonly article: ArticleMeta;
  /** The list's search string: marked read again, the article stays in view on that 只看未读 list. */
  readonly search: string;
}

/**
 * 标为未读 / 标为已读 for the open article (opening it marked it read). The result is
 * said to screen readers; `m` runs the same command (useCommand).
 */
export function ReadToggle({ article, search }: ReadToggleProps) {
  const read = useIsRead(article);
  const { toggleRead } = useReadActions();
  const [said, setSaid] = useState('');
  const toggle = () => {
    readWhileViewing.keep(search, article.id);
    void toggleRead(article);
    setSaid(read ? strings.reader.markedUnread : strings.reader.markedRead);
  };
  useCommand('read', article.id, toggle);
  const label = read ? strings.reader.markUnread : strings.reader.markRead;
  return (
    <>
      <button
        type="button"
        aria-label={label}
        title={label}
        onClick={toggle}
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-lg border border-line px-2.5 text-sm text-muted transition-colors hover:bg-sunken sm:px-3"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5">
          <circle cx="10" cy="10" r="4.5" fill={read ? 'none' : 'currentColor'} stroke="currentColor" strokeWidth="1.6" />
        </svg>
        <span aria-hidden="true" className="hidden sm:inline">
          {label}
        </span>
      </button>
      <p role="status" className="sr-only">
        {said}
      </p>
    </>
  );
}
