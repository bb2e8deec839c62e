import type { QueryClient } from '@tanstack/react-query';

import type { Article, ArticleMeta, Manifest } from '../../shared/bundle-types';
import { matchesAllTerms } from '../../shared/search-match';
import { getArticleQueryOptions } from '../../bundle/article-query';
import { articleTextOf } from '../../bundle/article-search-text';
import { searchResultId } from '../../bundle/search-query';

/** Articles fetched at once: enough to fill the pipe, few enough to stop early. */
const PARALLEL = 6;

/** A search result's row: its ordinal and the metadata its article file carries. */
export interface ResolvedResult {
  readonly ordinal: number;
  readonly meta: ArticleMeta;
}

/** A batch's rows, and how many candidates it checked by their text and found to match. */
export interface ResolvedBatch {
  readonly results: readonly ResolvedResult[];
  readonly checked: number;
  readonly confirmed: number;
}

function metaOf(article: Article): ArticleMeta {
  const { html: _html, images: _images, originalTitle: _o, sourceUrl: _s, neighbours: _n, ...meta } = article;
  return meta;
}

/**
 * The rows of a batch of results: for each ordinal its id page (a few bytes an article),
 * then its article file — the row's metadata, its snippet, and what opening it shows,
 * all from one file the cache then keeps. An ordinal the index left open (`isOpen`) is
 * kept only when its text (as the ingest indexed it) contains every term. Returns the
 * kept rows in the order given; throws the first failed fetch.
 */
export async function resolveResults(
  client: QueryClient,
  manifest: Manifest,
  ordinals: Int32Array,
  terms: readonly string[],
  isOpen: (ordinal: number) => boolean,
): Promise<ResolvedBatch> {
  const out: (ResolvedResult | null)[] = new Array<ResolvedResult | null>(ordinals.length).fill(null);
  let checked = 0;
  let confirmed = 0;
  let next = 0;
  const work = async (): Promise<void> => {
    while (next < ordinals.length) {
      const i = next++;
      const ordinal = ordinals[i]!;
      const [id, rev] = await searchResultId(client, manifest, ordinal);
      const article = await client.fetchQuery(getArticleQueryOptions(manifest, id, rev));
      if (isOpen(ordinal)) {
        checked++;
        if (!matchesAllTerms(articleTextOf(article), terms)) continue;
        confirmed++;
      }
      out[i] = { ordinal, meta: metaOf(article) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, ordinals.length) }, work));
  return { results: out.filter((r): r is ResolvedResult => r !== null), checked, confirmed };
}
