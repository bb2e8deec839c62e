import { useState } from 'react';

import { Button } from '../../../components/button';
import { Icon } from '../../../components/icon';
import type { ArticleMeta } from '../../../shared/bundle-types';
import { readerStrings } from '../reader-strings';
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
    setSaid(read ? readerStrings.markedUnread : readerStrings.markedRead);
  };
  useCommand('read', article.id, toggle);
  const label = read ? readerStrings.markUnread : readerStrings.markRead;
  return (
    <>
      <Button aria-label={label} title={label} onClick={toggle}>
        <Icon name={read ? 'dot' : 'dot-filled'} className="size-5" />
        <span aria-hidden="true" className="hidden sm:inline">
          {label}
        </span>
      </Button>
      <p role="status" className="sr-only">
        {said}
      </p>
    </>
  );
}
