import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';

import { paths } from '../../../config/paths';
import { EXCHANGE_NAMES, formatStockSymbol, stockQuoteUrl } from '../../../shared/stock-markets';
import { strings } from '../../../shared/strings';
import { stockStrings } from '../stock-strings';
import { ArticleListSkeleton } from '../../articles/components/article-list-skeleton';
import { BundleLoadError } from '../../articles/components/bundle-load-error';
import { VirtualArticleList } from '../../articles/components/virtual-article-list';
import { listFiltersToSearch } from '../../../shared/list-filters';
import { useSuspenseStockDirectory } from '../../../bundle/stock-directory-query';
import { useManifest } from '../../../bundle/manifest-query';
import { formatDay, parseDay } from '../../articles/list/list-segment';
import { useListData } from '../../articles/list/use-list-data';
import { NotFoundPanel } from '../../../components/not-found-panel';

const RELATED_LIMIT = 8;

/** "/stocks/:code": one stock, the stocks most often mentioned with it, and its articles. */
export function StockPage({ code }: { readonly code: string }) {
  const location = useLocation();
  const filters = useMemo(() => ({ categories: [], stock: code, unread: false }), [code]);
  const from = parseDay(new URLSearchParams(location.search).get('from'));
  const search = listFiltersToSearch(filters);
  // The directory names the stock (and says whether there is one) before its articles come.
  const directory = useSuspenseStockDirectory(useManifest());
  const stock = directory.stocks.find((s) => s.code === code);
  const { data, error, isFetching, refetch } = useListData(filters);
  const related = useMemo(() => {
    const byCode = new Map(directory.stocks.map((s) => [s.code, s]));
    return (data?.related ?? [])
      .filter(([other]) => other !== code)
      .slice(0, RELATED_LIMIT)
      .flatMap(([other, n]) => {
        const ref = byCode.get(other);
        return ref ? [{ ref, n }] : [];
      });
  }, [data, directory, code]);

  if (!stock) {
    return (
      <NotFoundPanel title={strings.app.pageTitle(strings.notFound.pageTitle)} heading={strings.notFound.stockHeading} hint={strings.notFound.stockHint} />
    );
  }
  const quote = stockQuoteUrl(stock);

  return (
    <div className="mx-auto max-w-3xl">
      <title>{strings.app.pageTitle(`${stock.name} ${formatStockSymbol(stock)}`)}</title>
      <header className="border-y border-line bg-surface px-4 py-5 sm:rounded-xl sm:border sm:px-6">
        <p className="text-sm text-faint">
          <Link to={paths.stocks.getHref()} className="hover:text-accent hover:underline">
            {stockStrings.heading}
          </Link>
          <span aria-hidden="true"> › </span>
          {EXCHANGE_NAMES[stock.market]}
        </p>
        <h1 className="mt-1 flex flex-wrap items-baseline gap-x-3 text-2xl font-bold">
          <span>{stock.name}</span>
          <span className="text-base font-normal text-muted tabular-nums">{formatStockSymbol(stock)}</span>
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted">
          <span>{stockStrings.articles(stock.count)}</span>
          {quote && (
            <a
              href={quote}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={stockStrings.quoteLabel(stock.name)}
              className="text-accent underline underline-offset-4"
            >
              {stockStrings.quote} ↗
            </a>
          )}
        </p>
        <section aria-labelledby="related-heading" className="mt-4">
          <h2 id="related-heading" className="text-sm font-semibold text-muted">
            {stockStrings.relatedHeading}
          </h2>
          {!data ? (
            <div className="mt-2 h-8 w-2/3 rounded-full bg-sunken motion-safe:animate-pulse" />
          ) : related.length === 0 ? (
            <p className="mt-1 text-sm text-faint">{stockStrings.relatedNone}</p>
          ) : (
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {related.map(({ ref, n }) => (
                <li key={ref.code} className="flex items-center gap-1">
                  <Link
                    to={paths.stock.getHref(ref.code)}
                    className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-line px-3 text-sm hover:border-mark-line hover:bg-mark"
                  >
                    <span>{ref.name}</span>
                    <span className="text-xs text-faint tabular-nums">{n}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </header>
      <h2 className="mt-6 mb-3 px-4 text-lg font-semibold sm:px-0">{stockStrings.articlesHeading}</h2>
      {error ? (
        <BundleLoadError error={error} retrying={isFetching} onRetry={refetch} />
      ) : !data ? (
        <ArticleListSkeleton />
      ) : (
        <VirtualArticleList
          key={`${code}-${from ?? ''}`}
          data={data}
          search={search}
          activeStock={code}
          from={from}
          hrefFrom={(day) => `${paths.stock.getHref(code)}${day === null ? '' : `?from=${formatDay(day)}`}`}
        />
      )}
    </div>
  );
}
