import { useLayoutEffect } from 'react';
import { matchPath, useLocation } from 'react-router';

import { paths } from '../../config/paths';
import { readWhileViewing, unreadListKey } from './read-while-viewing';

/**
 * Tells ./read-while-viewing.ts where the page is: on an 只看未读 list or one of the
 * articles opened from it (their URLs carry its filters), or elsewhere. Called once, by
 * the frame; a layout effect, so the stay is known before the reading view's effects.
 */
export function useListVisit(): void {
  const { pathname, search } = useLocation();
  const onList = matchPath(paths.home.path, pathname) !== null || matchPath(paths.article.path, pathname) !== null;
  const key = onList ? unreadListKey(search) : null;
  useLayoutEffect(() => readWhileViewing.visit(key), [key]);
}
