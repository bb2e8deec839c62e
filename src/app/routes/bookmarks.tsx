import { BookmarksPage } from '../../features/bookmarks/components/bookmarks-page';

/** "/bookmarks": the saved articles, readable offline. */
export function BookmarksRoute() {
  return <BookmarksPage />;
}
