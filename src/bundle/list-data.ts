import type { Manifest, StockSummary } from '../shared/bundle-types';
import type { MetaSource } from './meta-source';

export type { MetaSource } from './meta-source';

/**
 * What a list shows, as the bundle gives it for a filter (features/articles/list
 * use-list-data.ts makes it; search replaces its rows with results): a view model of the
 * bundle client layer, so that the features that make and read it need not import each
 * other.
 */
export interface ListData {
  readonly manifest: Manifest;
  /** Ordinals the filters select, newest first. */
  readonly rows: Int32Array;
  /** The exact number of articles the filters select (rows may be only the first screen). */
  readonly total: number;
  /**
   * True while the timeline (page and day tables) is still on its way: `rows` then holds
   * only the first screen, whose metadata came with the head or the facets.
   */
  readonly partial: boolean;
  /** The chosen stock, when the filter names one the bundle has. */
  readonly stock: StockSummary | null;
  /** For a stock filter: the stocks most often mentioned with it, [code, articles]. */
  readonly related: readonly (readonly [string, number])[];
  /** Under 只看未读: the ordinals it takes away, ascending (for the tree's unread counts). */
  readonly readOrdinals: Int32Array | null;
  /** Under a stock filter: the stock's ordinals, ascending. */
  readonly stockOrdinals: Int32Array | null;
  /** Faceted counts for the category tree, by joined path (under the stock filter). */
  readonly counts: ReadonlyMap<string, number>;
  /** The Beijing day of a row's ordinal. */
  readonly dayOf: (ordinal: number) => number;
  readonly locate: (ordinal: number) => MetaSource | null;
  /**
   * Rows that are not a date-ordered list (search results: ranked, and loaded a batch
   * at a time): the list shows them without day headings and without segments.
   */
  readonly ranked?: boolean;
  /**
   * Under a search the index answers exactly: its matches over the whole corpus, under
   * the stock filter and 只看未读, ascending — what the tree's counts are taken from.
   * Null under a search it cannot count per category (the tree then shows no counts).
   */
  readonly searchOrdinals?: Int32Array | null;
}
