import { Suspense, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';

import { paths } from '../../../config/paths';
import type { Market } from '../../../shared/bundle-types';
import { EXCHANGE_NAMES, formatStockSymbol } from '../../../shared/stock-markets';
import { strings } from '../../../shared/strings';
import { stockStrings } from '../stock-strings';
import { useManifest } from '../../../bundle/manifest-query';
import { useSuspenseStockDirectory } from '../../../bundle/stock-directory-query';
import { ArticleListSkeleton } from '../../articles/components/article-list-skeleton';

const MARKET_ORDER: readonly Market[] = ['SH', 'SZ', 'BJ', 'HK', 'US', 'OTHER'];

/** "/stocks": every stock the corpus mentions with its article count, by market. */
export function StockDirectory() {
  return (
    <section aria-labelledby="stocks-heading" className="mx-auto max-w-3xl">
      <title>{strings.app.pageTitle(stockStrings.pageTitle)}</title>
      <div className="px-4 sm:px-0">
        <h1 id="stocks-heading" className="text-xl font-bold">
          {stockStrings.heading}
        </h1>
        <p className="mt-1 text-sm text-faint">{stockStrings.intro}</p>
      </div>
      <Suspense
        fallback={
          <div className="mt-4">
            <ArticleListSkeleton />
          </div>
        }
      >
        <StockDirectoryBody />
      </Suspense>
    </section>
  );
}

/** The market filter and the stocks: suspends until the directory is in; its failure goes to the route's error element. */
function StockDirectoryBody() {
  const directory = useSuspenseStockDirectory(useManifest());
  const [params, setParams] = useSearchParams();
  const market = MARKET_ORDER.find((m) => m === params.get('market')) ?? null;
  const stocks = useMemo(() => directory.stocks.filter((s) => market === null || s.market === market), [directory, market]);
  const present = new Set(directory.stocks.map((s) => s.market));

  return (
    <>
      <div role="group" aria-label={stockStrings.filterLabel} className="mt-4 flex flex-wrap gap-2 px-4 sm:px-0">
        {[null, ...MARKET_ORDER.filter((m) => present.has(m))].map((m) => (
          <button
            key={m ?? 'all'}
            type="button"
            aria-pressed={market === m}
            onClick={() => setParams(m ? { market: m } : {})}
            className={`min-h-9 rounded-full border px-3.5 text-sm ${
              market === m ? 'border-accent bg-accent text-accent-ink' : 'border-line bg-surface text-muted hover:border-accent'
            }`}
          >
            {m ? stockStrings.markets[m] : stockStrings.markets.all}
          </button>
        ))}
      </div>
      <ul aria-label={stockStrings.listLabel} className="mt-4 grid gap-px overflow-hidden border-y border-line bg-line sm:grid-cols-2 sm:rounded-xl sm:border">
        {stocks.map((stock) => (
          <li key={stock.code} className="bg-surface">
            <Link to={paths.stock.getHref(stock.code)} className="flex min-h-16 items-center gap-3 px-4 py-3 hover:bg-sunken">
              <span className="min-w-0 flex-1">
                <span className="block truncate font-semibold text-ink">{stock.name}</span>
                <span className="block text-xs text-faint tabular-nums">
                  {formatStockSymbol(stock)} · {EXCHANGE_NAMES[stock.market]}
                </span>
              </span>
              <span className="shrink-0 text-sm text-muted tabular-nums">{stockStrings.articles(stock.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
