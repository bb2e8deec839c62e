import { describe, expectTypeOf, it } from 'vitest';

import { type offlineStrings } from '../features/offline/offline-strings';
import { readerStrings } from '../features/reader/reader-strings';
import { strings } from '../shared/strings';

/**
 * The UI text is typed by its shape, not by its Chinese literals: a second locale is an
 * object of the same type. These English objects are checked by the type checker (a key
 * missing, misspelt or of another signature fails `npm run typecheck`).
 */
const appEn: typeof strings.app = {
  name: 'Ducai',
  tagline: 'Chinese financial news, readable',
  skipToContent: 'Skip to the content',
  mainNav: 'Main',
  pageTitle: (title) => `${title} · Ducai`,
  pageTitleUnread: (title, unread) => (unread > 0 ? `(${unread}) ${title} · Ducai` : `${title} · Ducai`),
};

const offlineEn: typeof offlineStrings = {
  offline: 'Offline',
  offlineHint: 'You are offline; articles you have read and your bookmarks still open',
  needsNetwork: 'Needs a network',
  needsNetworkHint: 'This needs a network: connect and try again.',
  notCached: 'This article is not cached yet; it opens once you are online.',
  updateAvailable: 'A new version',
  updateHint: 'Reload to use it; bookmarks and settings stay.',
  reload: 'Reload',
  reloading: 'Reloading…',
  later: 'Later',
};

describe('UI text as a locale (checked by npm run typecheck, which fails on any mismatch)', () => {
  it('takes another language for the shared and the features’ strings', () => {
    expectTypeOf(appEn).toEqualTypeOf<typeof strings.app>();
    expectTypeOf(offlineEn).toEqualTypeOf<typeof offlineStrings>();
  });

  it('types every string as a string, not as its Chinese text', () => {
    expectTypeOf(strings.app.name).toEqualTypeOf<string>();
    expectTypeOf(readerStrings.backToList).toEqualTypeOf<string>();
    expectTypeOf(readerStrings.stockQuoteLabel).toEqualTypeOf<(name: string) => string>();
  });
});
