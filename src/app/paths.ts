/** Every route of the app, with href builders: no URL strings elsewhere. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  notFound: {
    path: '*',
  },
} as const;
