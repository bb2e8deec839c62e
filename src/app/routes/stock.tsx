import { Suspense } from 'react';
import { useParams } from 'react-router';

import { NotFoundPanel } from '../../components/not-found-panel';
import { ArticleListSkeleton } from '../../features/articles/components/article-list-skeleton';
import { StockPage } from '../../features/stocks/components/stock-page';
import { isStockCode } from '../../shared/stock-markets';
import { strings } from '../../shared/strings';

/**
 * "/stocks/:code": one stock's page. A code of no known market shape (constructor,
 * gb_..) is no stock: the not-found page, and nothing is fetched for it.
 */
export function StockRoute() {
  const { code = '' } = useParams();
  const lower = code.toLowerCase();
  if (!isStockCode(lower)) {
    return (
      <NotFoundPanel title={strings.app.pageTitle(strings.notFound.pageTitle)} heading={strings.notFound.stockHeading} hint={strings.notFound.stockHint} />
    );
  }
  return (
    <Suspense key={lower} fallback={<ArticleListSkeleton />}>
      <StockPage code={lower} />
    </Suspense>
  );
}
