/**
 * Every route of the app, with href builders: no URL strings elsewhere. Filters of the
 * list live in the search string so any view can be shared and Back/Forward work:
 * `?category=金融/新浪财经` (repeatable; a category path joined by "/"), `?stock=sz000931`.
 */
export const paths = {
  home: {
    path: '/',
    getHref: (search = '') => (search && search !== '?' ? `/${search.startsWith('?') ? search : `?${search}`}` : '/'),
  },
  article: {
    path: '/articles/:id',
    /** `search` carries the list's filters, so previous/next stay within them. */
    getHref: (id: string, search = '') =>
      `/articles/${encodeURIComponent(id)}${search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : ''}`,
  },
  bookmarks: {
    path: '/bookmarks',
    getHref: () => '/bookmarks',
  },
  stocks: {
    path: '/stocks',
    getHref: () => '/stocks',
  },
  stock: {
    path: '/stocks/:code',
    getHref: (code: string) => `/stocks/${encodeURIComponent(code)}`,
  },
  notFound: {
    path: '*',
  },
} as const;
