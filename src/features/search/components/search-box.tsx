import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { paths } from '../../../config/paths';
import { Icon } from '../../../components/icon';
import { getManifestQueryOptions } from '../../../bundle/manifest-query';
import { listFiltersToSearch, parseListFilters } from '../../../shared/list-filters';
import { parseListQuery, withListQuery } from '../../../shared/list-query';
import { searchStrings } from '../search-strings';
import { useShortcuts } from '../../keyboard/use-shortcuts';

/**
 * Typing settles this long before the list follows: results as you type, not a request
 * per key. Chinese arrives a word at a time from the input method, so the pause mostly
 * serves typed codes and Latin words.
 */
const DEBOUNCE_MS = 150;

/** The index is named by the manifest: with it at hand, a search's first files can go at once. */
async function prefetchSearchManifest(client: QueryClient): Promise<void> {
  try {
    await client.ensureQueryData(getManifestQueryOptions());
  } catch {
    // Offline or no bundle: the search itself will say so.
  }
}

/**
 * The header's search box, on every page. It shows the query of the URL (Back, Forward
 * and reload keep it) and, as the reader types, puts the query into the list's URL:
 * the first change pushes a history entry, later ones while typing replace it, so Back
 * leaves the search in one step. On the list the filters stay; elsewhere the search is
 * of everything. `/` focuses it, Esc leaves it.
 */
export function SearchBox() {
  const location = useLocation();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const client = useQueryClient();
  const onList = location.pathname === paths.home.path;
  const urlQuery = onList ? parseListQuery(location.search) : { text: '', newest: false };
  const [value, setValue] = useState(urlQuery.text);
  // The URL changed under the box (Back, a link, a reload): show what it says.
  const [shown, setShown] = useState(urlQuery.text);
  if (shown !== urlQuery.text) {
    setShown(urlQuery.text);
    if (value.trim() !== urlQuery.text) setValue(urlQuery.text);
  }
  const typing = useRef(false);

  const go = (text: string, replace: boolean) => {
    const filters = onList ? listFiltersToSearch(parseListFilters(location.search)) : '';
    const search = withListQuery(filters, { text: text.trim(), newest: urlQuery.newest });
    void navigate(paths.home.getHref(search), { replace });
  };

  // Only the typed value starts a navigation (the URL's own changes are shown above), with
  // what the page is at the time the typing settles.
  const latest = useRef({ go, urlText: urlQuery.text, onList });
  useLayoutEffect(() => {
    latest.current = { go, urlText: urlQuery.text, onList };
  });
  useEffect(() => {
    if (value.trim() === latest.current.urlText) return;
    const timer = setTimeout(() => {
      latest.current.go(value, typing.current && latest.current.onList);
      typing.current = true;
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);

  useShortcuts('other', {
    search: () => {
      input.current?.focus();
      input.current?.select();
    },
  });

  return (
    <form
      role="search"
      className="relative min-w-0 flex-1 sm:max-w-xs"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== urlQuery.text || !onList) go(value, false);
        typing.current = false;
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        {searchStrings.label}
      </label>
      <Icon name="search" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-faint" />
      <input
        ref={input}
        id="site-search"
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        value={value}
        placeholder={searchStrings.placeholder}
        aria-keyshortcuts="/"
        // The index's directory comes while the reader types, not after.
        onFocus={() => void prefetchSearchManifest(client)}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => {
          typing.current = false;
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.currentTarget.blur();
          }
        }}
        className="h-10 w-full min-w-0 rounded-lg border border-line bg-sunken/60 pr-2 pl-8 text-[15px] text-ink placeholder:text-faint focus:border-accent focus:bg-surface focus:outline-none"
      />
    </form>
  );
}
