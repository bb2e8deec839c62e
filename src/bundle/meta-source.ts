import type { ArticleMeta } from '../shared/bundle-types';
import type { PageRef } from './meta-page-query';

/** Where a row's metadata is: already at hand, or at an offset of a page to fetch. */
export type MetaSource = { readonly meta: ArticleMeta } | { readonly page: PageRef; readonly offset: number };
